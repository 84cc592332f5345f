// JSON Schema (the subset the emitted bundle uses) → ArkType 2, built from schema.json at
// run time by the shared walk (convert-schema.js). ArkType finds the discriminant of a
// union by itself, so a discriminated union is handed over as a plain union of its
// branches. Objects keep undeclared keys ("ignore", ArkType's default), like the
// spec-mode validators. ArkType compiles its types with `new Function` (its JIT); where
// code generation is disallowed it notices and interprets them instead ("jitless"), so
// the figures measured here are its JIT's.
import { type } from "arktype";
import { convertSchema } from "./convert-schema.js";

/** A key ArkType reads literally in an object definition (no `?` suffix, index signature, spread or `+` option). */
function assertPlainKey(key) {
  if (/\?$|^\[|^\.\.\.$|^\+$|\\/.test(key)) throw new Error(`property "${key}" would need ArkType's key escaping, outside the converter's subset`);
}

function bounded(t, node) {
  if (node.minimum !== undefined) t = t.atLeast(node.minimum);
  if (node.maximum !== undefined) t = t.atMost(node.maximum);
  if (node.exclusiveMinimum !== undefined) t = t.moreThan(node.exclusiveMinimum);
  if (node.exclusiveMaximum !== undefined) t = t.lessThan(node.exclusiveMaximum);
  return t;
}

const ARKTYPE = {
  literal: (value) => type.unit(value),
  enumOf: (values) => type.enumerated(...values),
  union: (branches) => type.or(...branches),
  discriminated: (_key, branches) => type.or(...branches),
  unknown: () => type("unknown"),
  string: (node) => (node.minLength !== undefined ? type("string").atLeastLength(node.minLength) : type("string")),
  integer: (node) => bounded(type("number.integer"), node),
  number: (node) => bounded(type("number"), node),
  boolean: () => type("boolean"),
  null: () => type("null"),
  array(items, node) {
    let array = items.array();
    if (node.minItems !== undefined) array = array.atLeastLength(node.minItems);
    if (node.maxItems !== undefined) array = array.atMostLength(node.maxItems);
    return array;
  },
  record: (value) => type.Record("string", value),
  object(shape, additional) {
    // Extra keys checked against a schema next to declared ones: ArkType's index signature would check the declared keys too.
    if (additional !== undefined && additional !== false) throw new Error("additionalProperties with a schema beside declared properties is outside the converter's subset");
    const definition = {};
    for (const { key, schema, required } of shape) {
      assertPlainKey(key);
      definition[required ? key : `${key}?`] = schema;
    }
    if (additional === false) definition["+"] = "reject";
    return type(definition);
  },
};

/** ArkType type of `#/$defs/<name>`. */
export const toArkType = (bundle, name) => convertSchema(bundle, name, ARKTYPE);

/** A check `(value) => boolean` of `#/$defs/<name>` (`Type.allows`: no error objects, no morphs). */
export function compileArkType(bundle, name) {
  const t = toArkType(bundle, name);
  return (value) => t.allows(value);
}
