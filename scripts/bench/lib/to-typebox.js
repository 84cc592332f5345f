// JSON Schema (the subset the emitted bundle uses) → TypeBox, built from schema.json at
// run time; TypeCompiler then compiles it. A discriminated union becomes a plain
// Type.Union (TypeBox has no discriminator dispatch) in the bundle's branch order.
import { Type } from "@sinclair/typebox";
import { TypeCompiler } from "@sinclair/typebox/compiler";
import { bounds, convertSchema } from "./convert-schema.js";

const TYPEBOX = {
  literal: (value) => Type.Literal(value),
  enumOf: (values) => Type.Union(values.map((v) => Type.Literal(v))),
  union: (branches) => Type.Union(branches),
  discriminated: (_key, branches) => Type.Union(branches),
  unknown: () => Type.Unknown(),
  string: (node) => Type.String(bounds(node, ["minLength"])),
  integer: (node) => Type.Integer(bounds(node)),
  number: (node) => Type.Number(bounds(node)),
  boolean: () => Type.Boolean(),
  null: () => Type.Null(),
  array: (items, node) => Type.Array(items, bounds(node, ["minItems", "maxItems"])),
  record: (value) => Type.Record(Type.String(), value),
  object(shape, additional) {
    const properties = Object.fromEntries(shape.map(({ key, schema, required }) => [key, required ? schema : Type.Optional(schema)]));
    return Type.Object(properties, additional === undefined ? {} : { additionalProperties: additional });
  },
};

/** TypeBox schema of `#/$defs/<name>`. */
export const toTypeBox = (bundle, name) => convertSchema(bundle, name, TYPEBOX);

/** A compiled check `(value) => boolean` of `#/$defs/<name>`. */
export function compileTypeBox(bundle, name) {
  const compiled = TypeCompiler.Compile(toTypeBox(bundle, name));
  return (value) => compiled.Check(value);
}
