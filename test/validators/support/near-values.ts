// Values near a small spec's shapes, and AJV on its emitted schema as the reference:
// shared by the agreement tests on plain JSON and on hostile values.
import Ajv from "ajv";
import fc from "fast-check";

/** A small TypeSpec snippet and what to compare on it. */
export interface SmallSpec {
  name: string;
  typespec: string;
  /** The declarations to compare (each has `is<Name>` and `validate<Name>`). */
  roots: string[];
  /** Property names and tag values worth drawing, so objects come close to valid. */
  keys: string[];
  strings: string[];
}

/** JSON values near the spec's shapes: objects keyed mostly by its property names, leaves that sit on its bounds. */
export function nearValues(spec: SmallSpec): fc.Arbitrary<unknown> {
  const leaf = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(0, 1, 2, -1, 1.5, 0.5, 10, 255, 256, 3e9, -3e9, 2 ** 31, -(2 ** 31), 2 ** 31 - 1, 1e20, 2 ** 53, -0) },
    { weight: 1, arbitrary: fc.integer() },
    { weight: 1, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
    { weight: 3, arbitrary: fc.constantFrom("", ...spec.strings) },
    { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
    { weight: 1, arbitrary: fc.oneof(fc.boolean(), fc.constant(null)) },
  );
  const key = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...spec.keys) }, { weight: 1, arbitrary: fc.string({ maxLength: 3 }) });
  const { value, object } = fc.letrec((tie) => ({
    value: fc.oneof({ depthSize: "small", withCrossShrink: true }, { weight: 4, arbitrary: leaf }, { weight: 2, arbitrary: tie("object") }, { weight: 1, arbitrary: tie("array") }),
    object: fc.dictionary(key, tie("value"), { maxKeys: 5 }),
    array: fc.array(tie("value"), { maxLength: 4 }),
  }));
  // Mostly objects at the top: every compared declaration is one or admits one.
  return fc.oneof({ weight: 4, arbitrary: object }, { weight: 1, arbitrary: value }, { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) });
}

/**
 * AJV on the emitted schema, with the options the generated validators were built
 * with. For strict mode the schema is closed first, as the README defines strict mode:
 * every object schema that lists properties, and neither says what else it allows nor
 * dispatches on a discriminator, gets `additionalProperties: false`.
 */
export function referenceValidator(schema: { $id: string }, mode: "spec" | "strict" = "spec") {
  const ajv = new Ajv.default({ discriminator: true, strict: false, allowUnionTypes: true, validateFormats: false, ownProperties: true });
  ajv.addSchema(mode === "strict" ? (closed(schema) as { $id: string }) : schema);
  return (name: string) => ajv.getSchema(`${schema.$id}#/$defs/${encodeURIComponent(name)}`)!;
}

function closed(schema: unknown): unknown {
  if (schema === null || typeof schema !== "object" || Array.isArray(schema)) return schema;
  const mapped = (map: unknown) => Object.fromEntries(Object.entries(map as object).map(([name, child]) => [name, closed(child)]));
  const out: Record<string, unknown> = {};
  for (const [keyword, value] of Object.entries(schema)) {
    if (keyword === "properties" || keyword === "$defs" || keyword === "dependencies") out[keyword] = mapped(value);
    else if (keyword === "items" || keyword === "additionalProperties") out[keyword] = closed(value);
    else if (keyword === "anyOf" || keyword === "oneOf" || keyword === "allOf") out[keyword] = (value as unknown[]).map(closed);
    // Everything else is a value (`const`, `enum`, `required`, `discriminator`…) and stays as it is.
    else out[keyword] = value;
  }
  if (out.properties !== undefined && out.additionalProperties === undefined && out.oneOf === undefined) out.additionalProperties = false;
  return out;
}
