// A wire fact: what one position of an event says about the JSON found there, in terms
// both the service's published definition (swagger 2.0) and this project's schema bundle
// (JSON Schema draft-07) can be reduced to. Positions are named by wire path only, never
// by model name, because the two sources name their models differently (the published
// `MessageContentPart` is this spec's `ContentPart`, and so on).
//
// A path starts with the direction and the event type, then one segment per step:
// `/name` a property, `[]` an array's items, `{}` a map's values, `{tag=value}` one
// variant of a discriminated union. Example:
// `server:session.created/session/voice{type=azure-standard}/temperature`.

export type Shape = "event" | "string" | "integer" | "number" | "boolean" | "object" | "array" | "map" | "union" | "any";

export interface WireFact {
  path: string;
  shape: Shape;
  required: boolean;
  nullable: boolean;
  /** Known values, sorted: an enum's members, a constant, or a discriminated union's tags. */
  values?: string[];
  /** The values are the known ones of an open set (any other string is accepted too). */
  open?: boolean;
}

/** Facts sorted by path, so that a digest written to disk is deterministic. */
export function sortFacts(facts: WireFact[]): WireFact[] {
  return [...facts].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** Deep walks stop here: the deepest real path (a tool's MCP item inside a response) is far shallower. */
export const maxDepth = 12;

/** Distinct values as strings, sorted: the `values` of a fact. */
export function sortedStrings(values: unknown[]): string[] {
  return [...new Set(values.map(String))].sort();
}
