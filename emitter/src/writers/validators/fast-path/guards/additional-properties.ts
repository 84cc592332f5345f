import type { JsonSchema } from "../../../json-schema/type-schemas.js";
import { constrains } from "../../annotations.js";
import { call, constant, continueLoop, forEachKey, id, ifThen, member, not, returnFalse, str, switchOn, ts, type Expr } from "../js-ast.js";
import type { FunctionScope } from "./function-scope.js";
import { HAS_OWN } from "./helper-names.js";

/**
 * `additionalProperties` as `for (const k in v) { if (!hasOwn.call(v, k)) continue; switch (k) { case "known": break; default: … } }`:
 * the declared names fall through, every other own key is rejected (`false`) or its
 * value checked against the schema. Keys come from the object itself, as AJV's
 * `Object.keys` gives them: an enumerable property of a polluted `Object.prototype`
 * is skipped (V8 compiles this `hasOwnProperty` inside `for…in` to a cache lookup).
 * A schema that constrains nothing (`additionalProperties: {}`, an open record) needs
 * no loop at all: AJV reads none of those values, and neither does the guard.
 */
export function additionalPropertiesCheck(scope: FunctionScope, additional: JsonSchema | boolean, known: readonly string[], value: Expr): ts.Statement[] {
  if (additional === true || (typeof additional === "object" && !constrains(additional))) return [];
  const key = scope.freshLocal("k");
  const unknown = additional === false ? [returnFalse()] : checkUnknownValue(scope, additional, value, key);
  const ownOnly = ifThen(not(call(member(id(HAS_OWN), "call"), value, id(key))), [continueLoop()]);
  if (known.length === 0) return [forEachKey(key, value, [ownOnly, ...unknown])];
  return [forEachKey(key, value, [ownOnly, switchOn(id(key), [{ labels: known.map(str), body: [ts.factory.createBreakStatement()] }], unknown)])];
}

function checkUnknownValue(scope: FunctionScope, additional: JsonSchema, object: Expr, key: string): ts.Statement[] {
  const local = scope.freshLocal("a");
  // No `break`: the `default` clause is the switch's last, and without a switch a `break` would end the loop.
  return [constant(local, ts.factory.createElementAccessExpression(object, id(key))), ...scope.check(additional, id(local))];
}
