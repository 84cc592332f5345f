import type { JsonSchema } from "../../../json-schema/type-schemas.js";
import { constant, forEachKey, id, returnFalse, str, switchOn, ts, type Expr } from "../js-ast.js";
import type { FunctionScope } from "./function-scope.js";

/**
 * `additionalProperties` as `for (const k in v) switch (k) { case "known": break; default: … }`:
 * the declared names fall through, every other key is rejected (`false`) or checked against the schema.
 * With no declared names there is no `switch`: the loop body is the check itself.
 */
export function additionalPropertiesCheck(scope: FunctionScope, additional: JsonSchema | boolean, known: readonly string[], value: Expr): ts.Statement {
  const key = scope.freshLocal("k");
  const unknown = additional === false ? [returnFalse()] : checkUnknownValue(scope, additional as JsonSchema, value, key);
  if (known.length === 0) return forEachKey(key, value, unknown);
  return forEachKey(key, value, [switchOn(id(key), [{ labels: known.map(str), body: [ts.factory.createBreakStatement()] }], unknown)]);
}

function checkUnknownValue(scope: FunctionScope, additional: JsonSchema, object: Expr, key: string): ts.Statement[] {
  const local = scope.freshLocal("a");
  // No `break`: the `default` clause is the switch's last, and without a switch a `break` would end the loop.
  return [constant(local, ts.factory.createElementAccessExpression(object, id(key))), ...scope.check(additional, id(local))];
}
