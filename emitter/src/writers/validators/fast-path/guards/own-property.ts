import { and, binary, call, id, member, ne, not, or, str, undefinedValue, type Expr } from "../js-ast.js";
import type { PlainFlag } from "./function-scope.js";
import { HAS_OWN, OBJECT_PROTOTYPE } from "./helper-names.js";

/**
 * Reading a property as AJV does with `ownProperties`: `object[key]`, which counts
 * when it is not undefined and the object has the key as its own (a value inherited
 * from a prototype, even a polluted `Object.prototype`, never satisfies a schema).
 * The read comes first, then the own test, in AJV's order, so that a getter or a
 * proxy trap runs where AJV's would.
 */
export function readProperty(object: Expr, key: string): Expr {
  return member(object, key);
}

/**
 * Whether a value read from `object[key]` (in `local`) is there, as AJV decides it:
 * `local !== undefined && hasOwn.call(object, key)`. `plain`, when given, is an
 * expression that is true when `object`'s prototype is `Object.prototype` or null:
 * such an object inherits only what `Object.prototype` has, so for a key that
 * `Object.prototype` lacks a defined value is an own one and `hasOwnProperty` need not
 * run. `key in objectPrototype` is a lookup on one fixed object, which V8 folds to a
 * constant until someone adds the key to `Object.prototype`; then the exact test runs.
 * The test is written out at every property rather than called from a helper: V8 does
 * not inline a helper into every large guard, and then the key is no constant there.
 */
export function isPresent(local: Expr, object: Expr, key: string, plain: PlainFlag | undefined): Expr {
  return and(ne(local, undefinedValue()), isOwnKey(object, key, plain));
}

/** The own test of isPresent alone, for a value whose own check has already ruled out undefined. */
export function isOwnKey(object: Expr, key: string, plain: PlainFlag | undefined): Expr {
  // `constructor`, `toString`, …: always inherited by a plain object, so always asked.
  const own = call(member(id(HAS_OWN), "call"), object, str(key));
  if (plain === undefined || key in Object.prototype) return own;
  const inheritable = binary(str(key), "in", id(OBJECT_PROTOTYPE));
  return or(and(plain(), not(inheritable)), own);
}
