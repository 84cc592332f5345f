import type { JsonSchema } from "../../../json-schema/type-schemas.js";
import { constrains } from "../../annotations.js";
import { breakOut, call, constant, continueLoop, element, forEachKey, forEachOf, id, ifElse, ifThen, member, not, returnFalse, str, switchOn, type Expr, type Statement } from "../js-ast.js";
import type { FunctionScope, PlainFlag } from "./function-scope.js";
import { HAS_OWN } from "./helper-names.js";

/**
 * `additionalProperties`: every own enumerable key, as AJV's `Object.keys` gives them,
 * goes through `switch (k) { case "known": break; default: … }`, where an unknown one
 * is rejected (`false`) or its value checked against the schema. A schema that
 * constrains nothing (`additionalProperties: {}`, an open record) needs no loop at
 * all: AJV reads none of those values, and neither does the guard.
 *
 * On a plain object (see own-property.ts) the keys come from `for…in`, which
 * `Object.keys` would have to allocate an array for. `for…in` also meets inherited
 * keys (an enumerable property of a polluted `Object.prototype`): a declared name
 * passes whether own or not, and an undeclared one is skipped unless it is the
 * object's own, so `hasOwnProperty` runs only for keys that would be rejected or
 * checked, never on a valid event's. Any other object gets `Object.keys`: `for…in`
 * would also ask a proxy for its prototype, which AJV never does.
 */
export function additionalPropertiesCheck(
  scope: FunctionScope,
  additional: JsonSchema | boolean,
  known: readonly string[],
  value: Expr,
  plain: PlainFlag | undefined,
): Statement[] {
  if (additional === true || (typeof additional === "object" && !constrains(additional))) return [];
  const keysOf = call(member(id("Object"), "keys"), value);
  const ownKeysLoop = () => {
    const key = scope.freshLocal("k");
    return forEachOf(key, keysOf, keyChecks(scope, additional, known, value, key));
  };
  if (plain === undefined) return [ownKeysLoop()];
  const key = scope.freshLocal("k");
  const ownOnly = ifThen(not(call(member(id(HAS_OWN), "call"), value, id(key))), [continueLoop()]);
  const forIn = forEachKey(key, value, keyChecks(scope, additional, known, value, key, [ownOnly]));
  return [ifElse(plain(), [forIn], [ownKeysLoop()])];
}

/**
 * The checks of one key `key` of `value`; `undeclaredFirst` runs before an undeclared
 * key is rejected or checked (`continue` on an inherited one: inside the `switch`, it
 * goes on with the loop).
 */
function keyChecks(
  scope: FunctionScope,
  additional: JsonSchema | false,
  known: readonly string[],
  value: Expr,
  key: string,
  undeclaredFirst: Statement[] = [],
): Statement[] {
  const unknown = [...undeclaredFirst, ...(additional === false ? [returnFalse()] : checkUnknownValue(scope, additional, value, key))];
  if (known.length === 0) return unknown;
  return [switchOn(id(key), [{ labels: known.map(str), body: [breakOut()] }], unknown)];
}

function checkUnknownValue(scope: FunctionScope, additional: JsonSchema, object: Expr, key: string): Statement[] {
  const local = scope.freshLocal("a");
  // No `break`: the `default` clause is the switch's last, and without a switch a `break` would end the loop.
  return [constant(local, element(object, id(key))), ...scope.check(additional, id(local))];
}
