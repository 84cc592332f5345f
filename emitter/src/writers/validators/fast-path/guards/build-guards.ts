import type { JsonSchema } from "../../../json-schema/type-schemas.js";
import { definitionPointer } from "../../../json-schema/pointers.js";
import { and, call, exportList, functionDeclaration, id, returnTrue, ts } from "../js-ast.js";
import { FunctionScope } from "./function-scope.js";
import { GuardModule } from "./guard-module.js";
import { helperStatements } from "./module-helpers.js";
import { isPlainObject } from "./type-tests.js";

/**
 * Boolean guards compiled from the validation schema: one function per `$defs`
 * entry, answering only "valid or not" with none of AJV's error bookkeeping, and
 * a `switch` on the discriminator. A guard is allowed to say "no" to a valid value
 * (an object with an unusual prototype), never "yes" to an invalid one; the
 * validators ask AJV whenever a guard says no.
 */
export function buildGuardStatements(bundle: JsonSchema, exported: readonly [exportName: string, definition: string][]): ts.Statement[] {
  const module = new GuardModule(bundle.$defs as Record<string, JsonSchema>);
  const exportedNames = exported.map(([exportName, definition]) => [module.guardForRef(definitionPointer(definition)), exportName] as [string, string]);
  // Building a guard queues the definitions it refers to, so this drains the whole reachable graph.
  for (let next = module.nextQueued(); next !== undefined; next = module.nextQueued()) buildDefinitionGuard(module, next);
  return [...helperStatements(module.countsCodePoints), ...module.constants, ...module.functions, exportList(exportedNames)];
}

function buildDefinitionGuard(module: GuardModule, definition: string): void {
  const name = module.guardName(definition);
  const schema = module.definition(definition);
  if (module.isObjectDefinition(definition)) {
    const bodyName = module.bodyName(definition);
    const body = new FunctionScope(module, bodyName, true);
    module.functions.push(functionDeclaration(bodyName, "v", [...body.check(schema, body.parameter), returnTrue()]));
    // `is_X(v)` is `isPlainObject(v) && is_X_body(v)`.
    module.functions.push(functionDeclaration(name, "v", [ts.factory.createReturnStatement(and(isPlainObject(id("v")), call(bodyName, id("v"))))]));
  } else {
    const scope = new FunctionScope(module, name, false);
    module.functions.push(functionDeclaration(name, "v", [...scope.check(schema, scope.parameter), returnTrue()]));
  }
}
