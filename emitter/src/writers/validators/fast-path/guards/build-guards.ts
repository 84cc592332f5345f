import type { JsonSchema } from "../../../json-schema/type-schemas.js";
import { definitionPointer } from "../../../json-schema/pointers.js";
import { definitionKeys } from "../../definition-keys.js";
import { and, call, exportList, functionDeclaration, id, printStatement, returnFalse, returnTrue, returnValue, tryCatch, type Statement } from "../js-ast.js";
import { FunctionScope } from "./function-scope.js";
import { CachedGuardMismatch, type GuardCache } from "./guard-cache.js";
import { GuardModule } from "./guard-module.js";
import { helperStatements } from "./module-helpers.js";
import { objectLike } from "./type-tests.js";

/** `[exportName, definition]`: a guard that answers false where reading the value throws; with "may-throw", one that lets the exception out. */
export type GuardExport = readonly [exportName: string, definition: string, protection?: "may-throw"];

/**
 * Boolean guards compiled from the validation schema, as the source of an ES module:
 * one function per `$defs` entry, answering only "valid or not" with none of AJV's
 * error bookkeeping, and a `switch` on the discriminator. A guard gives AJV's verdict
 * (AJV with `ownProperties`, as the validators' own AJV code is built): it tests the
 * same keywords and reads the same properties in the same order, so it stops where
 * AJV stops. The exported guards answer `false` where reading the value throws (a
 * getter, a proxy trap, nesting deeper than the stack): the value cannot be shown to
 * be valid, and a type guard must not throw.
 *
 * An export marked "may-throw" is the guard itself, without that protection: for the
 * schema explainer, which skips a part of a rejected value its guard accepts and
 * reports what reading the value threw itself.
 *
 * With a cache, a definition whose guard an earlier module of the emit built (same
 * key, see definition-keys.ts) gets those printed functions; the module's text is the
 * same as without the cache.
 */
export function guardModuleText(bundle: JsonSchema, exported: readonly GuardExport[], cache?: GuardCache): string {
  const definitions = bundle.$defs as Record<string, JsonSchema>;
  const memo = cache && { cache, keys: definitionKeys(definitions).keys };
  try {
    return moduleText(definitions, exported, memo);
  } catch (error) {
    // A name another module's guard used is taken differently here: build every guard afresh.
    if (error instanceof CachedGuardMismatch) return moduleText(definitions, exported, undefined);
    throw error;
  }
}

function moduleText(
  definitions: Record<string, JsonSchema>,
  exported: readonly GuardExport[],
  memo: { cache: GuardCache; keys: ReadonlyMap<string, string> } | undefined,
): string {
  const module = new GuardModule(definitions);
  const internal = exported.map(([exportName, definition, protection]) => ({ guard: module.guardForRef(definitionPointer(definition)), exportName, protection }));
  const functions: string[] = [];
  // Building a guard queues the definitions it refers to, so this drains the whole reachable graph.
  for (let next = module.nextQueued(); next !== undefined; next = module.nextQueued()) {
    const key = memo?.keys.get(next);
    const cached = key === undefined ? undefined : memo!.cache.get(key);
    if (cached) {
      module.replay(cached.requests);
      functions.push(...cached.functions);
      continue;
    }
    module.startRecording();
    buildDefinitionGuard(module, next);
    const built = { requests: module.stopRecording(), functions: module.functions.splice(0).map(printStatement) };
    if (key !== undefined) memo!.cache.set(key, built);
    functions.push(...built.functions);
  }
  // A protected guard is exported through its wrapper; one that may throw, as it is.
  const entryPoints = internal.map(({ guard, exportName, protection }) => ({ guard, exportName, local: protection === "may-throw" ? guard : module.claimName(exportName) }));
  const statements = [
    ...[...helperStatements(module.countsCodePoints), ...module.constants].map(printStatement),
    ...functions,
    ...entryPoints.filter(({ guard, local }) => local !== guard).map(({ guard, local }) => printStatement(neverThrowing(local, guard))),
    printStatement(exportList(entryPoints.map(({ local, exportName }) => [local, exportName]))),
  ];
  // Statements printed one by one, a line break after each, as the printer lays out a statement list.
  return statements.map((statement) => `${statement}\n`).join("");
}

/** `function isX(v) { try { return is_X(v); } catch { return false; } }` */
function neverThrowing(name: string, guard: string): Statement {
  return functionDeclaration(name, "v", [tryCatch([returnValue(call(guard, id("v")))], [returnFalse()])]);
}

function buildDefinitionGuard(module: GuardModule, definition: string): void {
  const name = module.guardName(definition);
  const schema = module.definition(definition);
  if (module.isObjectDefinition(definition)) {
    const bodyName = module.bodyName(definition);
    const body = new FunctionScope(module, bodyName, true);
    module.functions.push(functionDeclaration(bodyName, "v", [...body.check(schema, body.parameter), returnTrue()]));
    // `is_X(v)` is `objectLike(v) && is_X_body(v)`.
    const v = id("v");
    module.functions.push(functionDeclaration(name, "v", [returnValue(and(objectLike(v), call(bodyName, v)))]));
  } else {
    const scope = new FunctionScope(module, name, false);
    module.functions.push(functionDeclaration(name, "v", [...scope.check(schema, scope.parameter), returnTrue()]));
  }
}
