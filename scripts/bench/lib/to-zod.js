// JSON Schema (the subset the emitted bundle uses) → zod 4, built from schema.json at run
// time. Discriminated unions become z.discriminatedUnion (zod's keyed dispatch). Objects
// are z.object (unknown keys accepted, like the spec-mode validators).
import { z } from "zod";
import { convertSchema } from "./convert-schema.js";

function bounded(schema, node) {
  if (node.minimum !== undefined) schema = schema.gte(node.minimum);
  if (node.maximum !== undefined) schema = schema.lte(node.maximum);
  if (node.exclusiveMinimum !== undefined) schema = schema.gt(node.exclusiveMinimum);
  if (node.exclusiveMaximum !== undefined) schema = schema.lt(node.exclusiveMaximum);
  return schema;
}

const ZOD = {
  literal: (value) => z.literal(value),
  enumOf: (values) => (values.every((v) => typeof v === "string") ? z.enum(values) : z.union(values.map((v) => z.literal(v)))),
  union: (branches) => z.union(branches),
  discriminated: (key, branches) => z.discriminatedUnion(key, branches),
  unknown: () => z.unknown(),
  string: (node) => (node.minLength !== undefined ? z.string().min(node.minLength) : z.string()),
  integer: (node) => bounded(z.int(), node),
  number: (node) => bounded(z.number(), node),
  boolean: () => z.boolean(),
  null: () => z.null(),
  array(items, node) {
    let array = z.array(items);
    if (node.minItems !== undefined) array = array.min(node.minItems);
    if (node.maxItems !== undefined) array = array.max(node.maxItems);
    return array;
  },
  record: (value) => z.record(z.string(), value),
  object(shape, additional) {
    const properties = Object.fromEntries(shape.map(({ key, schema, required }) => [key, required ? schema : schema.optional()]));
    if (additional === false) return z.strictObject(properties);
    if (additional !== undefined) return z.object(properties).catchall(additional);
    return z.object(properties);
  },
};

/** zod schema of `#/$defs/<name>`. */
export const toZod = (bundle, name) => convertSchema(bundle, name, ZOD);

/** A check `(value) => boolean` of `#/$defs/<name>` (zod's safeParse; zod also builds a parsed copy). */
export function compileZod(bundle, name) {
  const schema = toZod(bundle, name);
  return (value) => schema.safeParse(value).success;
}
