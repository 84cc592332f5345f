import { call, id, member, str, ts, undefinedValue, type Expr } from "../js-ast.js";
import { HAS_OWN } from "./helper-names.js";

/**
 * The value of an own property. Guards only look into plain objects (prototype
 * `Object.prototype` or null), where a read finds an own property or nothing,
 * except for the names `Object.prototype` itself defines (`constructor`,
 * `toString`, …), which are read through `hasOwnProperty`.
 */
export function ownValue(object: Expr, key: string): Expr {
  if (!(key in Object.prototype)) return member(object, key);
  const own = call(member(id(HAS_OWN), "call"), object, str(key));
  return ts.factory.createConditionalExpression(own, undefined, ts.factory.createElementAccessExpression(object, str(key)), undefined, undefinedValue());
}
