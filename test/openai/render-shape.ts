import type { Literal, Shape } from "./shape.js";

/** How many properties of an anonymous object are spelled out before the rest becomes `…`. */
const MAX_PROPERTIES = 4;

/**
 * A shape as one line of TypeScript-like text for the report: declared models by name
 * (their own section says what they hold), anonymous ones spelled out, shortened.
 */
export function renderShape(shape: Shape, depth = 0): string {
  switch (shape.kind) {
    case "named":
      return shape.name;
    case "primitive":
      return shape.name;
    case "literals":
      return renderValues(shape.values, shape.open);
    case "array": {
      const items = renderShape(shape.items, depth + 1);
      return shape.items.kind === "union" || (shape.items.kind === "literals" && shape.items.values.length + Number(shape.items.open) > 1)
        ? `(${items})[]`
        : `${items}[]`;
    }
    case "union":
      return shape.members.map((member) => renderShape(member, depth + 1)).join(" | ");
    case "object": {
      if (depth > 1) return "{ … }";
      const names = [...shape.properties.keys()].sort();
      const shown = names.slice(0, MAX_PROPERTIES).map((name) => {
        const property = shape.properties.get(name)!;
        return `${name}${property.required ? "" : "?"}: ${renderShape(property.shape, depth + 1)}`;
      });
      if (names.length > MAX_PROPERTIES) shown.push("…");
      if (shape.additional) shown.push(`[key: string]: ${renderShape(shape.additional, depth + 1)}`);
      return shown.length === 0 ? "{}" : `{ ${shown.join("; ")} }`;
    }
  }
}

/** A literal set as TypeScript spells it; an open set ends in `string` (the SDK writes `string & {}`). */
export function renderValues(values: readonly Literal[], open: boolean): string {
  const parts = values.map(renderLiteral);
  if (open) parts.push(typeof values[0] === "number" ? "number" : "string");
  return parts.join(" | ");
}

export function renderLiteral(value: Literal): string {
  return JSON.stringify(value);
}
