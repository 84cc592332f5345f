import type { NumberConstraints, Property, StringConstraints, TypeRef } from "../../model/ir.js";
import { INTEGER_RANGES } from "../../model/scalars.js";

/**
 * A type as one line of text, TypeScript-like with its constraints spelt out
 * (`integer in [0, 255]`, `string (format uri)`, `"a" | "b" | string`). The text
 * says everything the wire shape depends on and nothing else (no documentation),
 * so two types are the same on the wire exactly when their texts are equal: the
 * changelog compares types by it.
 */
export function describeType(type: TypeRef): string {
  switch (type.kind) {
    case "ref":
      return type.name;
    case "string":
      return withNotes("string", stringNotes(type.constraints));
    case "number":
      return (type.integer && integerScalar(type.constraints)) || withRange(type.integer ? "integer" : "number", type.constraints);
    case "boolean":
    case "null":
    case "unknown":
      return type.kind;
    case "literal":
      return JSON.stringify(type.value);
    case "array":
      return withNotes(`${grouped(type.items)}[]`, itemBounds(type.minItems, type.maxItems));
    case "record":
      return `Record<string, ${describeType(type.values)}>`;
    case "object":
      return describeObject(type.properties, type.additionalProperties);
    case "union":
      return type.members.map(describeType).join(" | ");
    case "enum": {
      const values = type.values.map((value) => JSON.stringify(value));
      return [...values, ...(type.open ? [describeType(type.base)] : [])].join(" | ");
    }
  }
}

/** One property as the changelog names it: `optional boolean`, `integer`. */
export function describeProperty(property: Property): string {
  return `${property.optional ? "optional " : ""}${describeType(property.type)}`;
}

function describeObject(properties: readonly Property[], additionalProperties: TypeRef | undefined): string {
  const members = properties.map((property) => `${JSON.stringify(property.name)}${property.optional ? "?" : ""}: ${describeType(property.type)}`);
  if (additionalProperties) members.push(`[key: string]: ${describeType(additionalProperties)}`);
  return members.length === 0 ? "{}" : `{ ${members.join("; ")} }`;
}

function grouped(type: TypeRef): string {
  const text = describeType(type);
  return type.kind === "union" || (type.kind === "enum" && (type.values.length > 1 || type.open)) ? `(${text})` : text;
}

function withNotes(text: string, notes: readonly string[]): string {
  return notes.length === 0 ? text : `${text} (${notes.join(", ")})`;
}

function stringNotes(constraints: StringConstraints): string[] {
  const notes: string[] = [];
  if (constraints.format !== undefined) notes.push(`format ${constraints.format}`);
  if (constraints.contentEncoding !== undefined) notes.push(constraints.contentEncoding);
  if (constraints.minLength !== undefined) notes.push(`length ≥ ${constraints.minLength}`);
  if (constraints.maxLength !== undefined) notes.push(`length ≤ ${constraints.maxLength}`);
  if (constraints.pattern !== undefined) notes.push(`pattern ${JSON.stringify(constraints.pattern)}`);
  return notes;
}

function itemBounds(minItems: number | undefined, maxItems: number | undefined): string[] {
  return [...(minItems === undefined ? [] : [`≥ ${minItems} items`]), ...(maxItems === undefined ? [] : [`≤ ${maxItems} items`])];
}

/** `int32` for exactly the range of `int32`, and so on: the name says it more plainly than the bounds. */
function integerScalar(constraints: NumberConstraints): string | undefined {
  const bounds = ["minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"] as const;
  const same = (range: NumberConstraints) => bounds.every((bound) => range[bound] === constraints[bound]);
  return Object.entries(INTEGER_RANGES).find(([name, range]) => name !== "integer" && same(range))?.[0];
}

/** `integer in [0, 255]`, `number in (0, ∞)`: the bounds as an interval, inclusive with a bracket, exclusive with a parenthesis. */
function withRange(text: string, constraints: NumberConstraints): string {
  const { minimum, maximum, exclusiveMinimum, exclusiveMaximum } = constraints;
  const low = exclusiveMinimum ?? minimum;
  const high = exclusiveMaximum ?? maximum;
  if (low === undefined && high === undefined) return text;
  const open = low === undefined || exclusiveMinimum !== undefined ? "(" : "[";
  const close = high === undefined || exclusiveMaximum !== undefined ? ")" : "]";
  return `${text} in ${open}${low ?? "-∞"}, ${high ?? "∞"}${close}`;
}
