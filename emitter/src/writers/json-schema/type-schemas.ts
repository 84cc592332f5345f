import type { Property, TypeRef } from "../../model/ir.js";
import { definitionPointer } from "./pointers.js";
import { withoutUndefined } from "../../without-undefined.js";

export type JsonSchema = { [keyword: string]: unknown };

/** The draft every bundle declares. Measured: AJV validates draft-07 faster than 2020-12 (no dynamic-scope bookkeeping). */
export const SCHEMA_DRAFT = "http://json-schema.org/draft-07/schema#";

/** The schema of a type reference. */
export function typeSchema(ref: TypeRef): JsonSchema {
  switch (ref.kind) {
    case "ref":
      return { $ref: definitionPointer(ref.name) };
    case "string":
      return { type: "string", ...ref.constraints };
    case "number":
      return { type: ref.integer ? "integer" : "number", ...ref.constraints };
    case "boolean":
      return { type: "boolean" };
    case "null":
      return { type: "null" };
    case "unknown":
      return {};
    case "literal":
      return { const: ref.value };
    case "array":
      return withoutUndefined({ type: "array", items: typeSchema(ref.items), minItems: ref.minItems, maxItems: ref.maxItems });
    case "record":
      return { type: "object", additionalProperties: typeSchema(ref.values) };
    case "object":
      return objectSchema(ref.properties, ref.additionalProperties);
    case "union":
      return unionSchema(ref.members);
  }
}

/** An object schema: properties in wire order, the required ones listed in the same order. */
export function objectSchema(properties: readonly Property[], additional: TypeRef | undefined): JsonSchema {
  const schema: JsonSchema = {
    type: "object",
    properties: Object.fromEntries(properties.map((property) => [property.name, propertySchema(property)])),
  };
  const required = properties.filter((property) => !property.optional).map((property) => property.name);
  if (required.length > 0) schema.required = required;
  if (additional) schema.additionalProperties = typeSchema(additional);
  return schema;
}

function propertySchema(property: Property): JsonSchema {
  return withoutUndefined({
    ...typeSchema(property.type),
    description: property.doc,
    default: property.default,
    deprecated: property.deprecated === undefined ? undefined : true,
  });
}

/**
 * A union of literals is an `enum`; string literals plus `string` (an inline open
 * enum) take the same form as a named open enum; anything else is `anyOf`.
 */
function unionSchema(members: readonly TypeRef[]): JsonSchema {
  const literals = members.filter((member) => member.kind === "literal").map((member) => member.value);
  if (literals.length === members.length) return { enum: literals };
  const others = members.filter((member) => member.kind !== "literal");
  const openString = others.length === 1 && others[0]!.kind === "string" && Object.keys(others[0]!.constraints).length === 0;
  if (openString && literals.every((value) => typeof value === "string")) {
    return { anyOf: [{ type: "string", enum: literals }, { type: "string" }] };
  }
  return { anyOf: members.map(typeSchema) };
}

