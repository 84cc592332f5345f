import type { JsonSchema } from "../../../json-schema/type-schemas.js";
import { and, binary, call, eq, id, member, ne, not, nullValue, num, typeOf, type Expr } from "../js-ast.js";
import { HAS_PLAIN_PROTOTYPE } from "./helper-names.js";

/** The test for one JSON Schema `type`, as AJV makes it: `object` is any non-null object that is not an array, whatever its prototype. */
export function typeTest(type: string, value: Expr): Expr {
  switch (type) {
    case "string":
    case "boolean":
      return typeOf(value, type);
    case "number":
      return and(typeOf(value, "number"), call(member(id("Number"), "isFinite"), value));
    case "integer":
      return call(member(id("Number"), "isInteger"), value);
    case "null":
      return eq(value, nullValue());
    case "array":
      return call(member(id("Array"), "isArray"), value);
    case "object":
      return objectLike(value);
    default:
      throw new Error(`guard code: type ${type} is not supported`);
  }
}

/** Any non-null, non-array object, whatever its prototype: what JSON Schema calls an object. */
export function objectLike(value: Expr): Expr {
  return and(typeOf(value, "object"), ne(value, nullValue()), not(call(member(id("Array"), "isArray"), value)));
}

/** A call of the module's `hasPlainPrototype` helper, on a value known to be an object. */
export function hasPlainPrototype(value: Expr): Expr {
  return call(HAS_PLAIN_PROTOTYPE, value);
}

const INT32_MIN = -(2 ** 31);
const INT32_MAX = 2 ** 31 - 1;

/** An integer bounded to the int32 range and nothing more: one `(v | 0) === v` test covers type and bounds. */
export function isInt32(schema: JsonSchema, types: readonly string[] | undefined): boolean {
  return (
    types?.length === 1 && types[0] === "integer" && schema.minimum === INT32_MIN && schema.maximum === INT32_MAX &&
    schema.exclusiveMinimum === undefined && schema.exclusiveMaximum === undefined
  );
}

/** `typeof v === "number" && (v | 0) === v`; the `typeof` first, so `|` never calls an object's `valueOf`. */
export function int32Test(value: Expr): Expr {
  return and(typeOf(value, "number"), eq(binary(value, "|", num(0)), value));
}
