import type { JsonSchema } from "../../../json-schema/type-schemas.js";
import { definitionPointer } from "../../../json-schema/pointers.js";
import { and, call, exportList, functionDeclaration, id, returnTrue, tryCatch, ts } from "../js-ast.js";
import { FunctionScope } from "./function-scope.js";
import { GuardModule } from "./guard-module.js";
import { helperStatements } from "./module-helpers.js";
import { hasPlainPrototype, objectLike } from "./type-tests.js";

const f = ts.factory;

/**
 * Boolean guards compiled from the validation schema: one function per `$defs`
 * entry, answering only "valid or not" with none of AJV's error bookkeeping, and
 * a `switch` on the discriminator. A guard gives AJV's verdict (AJV with
 * `ownProperties`, as the validators' own AJV code is built): it tests the same
 * keywords and reads the same properties in the same order, so it stops where AJV
 * stops. The exported guards answer `false` where reading the value throws (a
 * getter, a proxy trap, nesting deeper than the stack): the value cannot be shown
 * to be valid, and a type guard must not throw.
 */
export function buildGuardStatements(bundle: JsonSchema, exported: readonly [exportName: string, definition: string][]): ts.Statement[] {
  const module = new GuardModule(bundle.$defs as Record<string, JsonSchema>);
  const internal = exported.map(([exportName, definition]) => [module.guardForRef(definitionPointer(definition)), exportName] as const);
  // Building a guard queues the definitions it refers to, so this drains the whole reachable graph.
  for (let next = module.nextQueued(); next !== undefined; next = module.nextQueued()) buildDefinitionGuard(module, next);
  const entryPoints = internal.map(([guard, exportName]) => ({ guard, exportName, wrapper: module.claimName(exportName) }));
  return [
    ...helperStatements(module.countsCodePoints),
    ...module.constants,
    ...module.functions,
    ...entryPoints.map(({ guard, wrapper }) => neverThrowing(wrapper, guard)),
    exportList(entryPoints.map(({ wrapper, exportName }) => [wrapper, exportName])),
  ];
}

/** `function isX(v) { try { return is_X(v); } catch { return false; } }` */
function neverThrowing(name: string, guard: string): ts.Statement {
  return functionDeclaration(name, "v", [tryCatch([f.createReturnStatement(call(guard, id("v")))], [f.createReturnStatement(f.createFalse())])]);
}

function buildDefinitionGuard(module: GuardModule, definition: string): void {
  const name = module.guardName(definition);
  const schema = module.definition(definition);
  if (module.isObjectDefinition(definition)) {
    const bodyName = module.bodyName(definition);
    const body = new FunctionScope(module, bodyName, true);
    module.functions.push(functionDeclaration(bodyName, ["v", FunctionScope.PLAIN_PARAMETER], [...body.check(schema, body.parameter), returnTrue()]));
    // `is_X(v)` is `objectLike(v) && is_X_body(v, hasPlainPrototype(v))`.
    const v = id("v");
    module.functions.push(functionDeclaration(name, "v", [f.createReturnStatement(and(objectLike(v), call(bodyName, v, hasPlainPrototype(v))))]));
  } else {
    const scope = new FunctionScope(module, name, false);
    module.functions.push(functionDeclaration(name, "v", [...scope.check(schema, scope.parameter), returnTrue()]));
  }
}
