import { fragmentSegment } from "../json-schema/pointers.js";
import type { JsonSchema } from "../json-schema/type-schemas.js";

/**
 * What the spec allows where the validation schema merged alternatives whose
 * literals became a `pattern` (disjoint-alternatives.ts): these values, or any value
 * of these JSON types. `int32 | "inf"` is `{ values: ["inf"], types: ["integer"] }`.
 */
export interface AllowedValues {
  values: unknown[];
  types: string[];
}

/** Where a merged schema keeps its AllowedValues until `extractAllowedValues` takes them out. */
export const ALLOWED_KEYWORD = "x-allowed-values";

/** AllowedValues by an error's `schemaPath`, then by its `params.type` or `params.pattern` as JSON. */
export type AllowedByPlace = Record<string, Record<string, AllowedValues>>;

/**
 * Takes the AllowedValues out of a validation schema and files them under the
 * `schemaPath` AJV gives the `type` and `pattern` errors of their schema, and then
 * under the keyword's value as JSON, which the error repeats in its `params`.
 * With `inlineRefs: false` every definition is a function of its own, and AJV writes a
 * `schemaPath` from the root of the definition the error happened in (`#/type`,
 * `#/properties/max_output_tokens/pattern`), so one path can name places in several
 * definitions; with the keyword's value beside it, a place is ambiguous only where two
 * definitions have the same types or pattern at the same place and allow different
 * values. A `type` place that is ambiguous is left out, and the message falls back to
 * the keyword's own parameters. A `pattern` place names the same literals wherever it
 * is found; where the definitions differ in the other types they allow (the client's
 * `int32 | "inf"` and the server's `int32 | "inf" | null`), it keeps the literals and
 * the types every one of them allows, so the message says what holds in each of them
 * (`must be "inf" or an integer`) rather than the literals alone. The markers come out
 * of a copy; `bundle` is left as it was. A rejection looks the `schemaPath` up first,
 * so an error at a place without merged alternatives costs one lookup.
 */
export function extractAllowedValues(bundle: JsonSchema): { schema: JsonSchema; allowed: AllowedByPlace } {
  const schema = structuredClone(bundle);
  const candidates = new Map<string, Map<string, { keyword: string; markers: Set<string> }>>();
  for (const definition of Object.values(schema.$defs as Record<string, JsonSchema>)) {
    visitSchemas(definition, "#", (node, path) => {
      const marker = node[ALLOWED_KEYWORD];
      delete node[ALLOWED_KEYWORD];
      for (const keyword of ["type", "pattern"]) {
        if (node[keyword] === undefined) continue;
        const place = `${path}/${keyword}`;
        const byValue = candidates.get(place) ?? new Map<string, { keyword: string; markers: Set<string> }>();
        candidates.set(place, byValue);
        const value = JSON.stringify(node[keyword]);
        const seen = byValue.get(value) ?? { keyword, markers: new Set<string>() };
        seen.markers.add(marker === undefined ? "" : JSON.stringify(marker));
        byValue.set(value, seen);
      }
    });
  }
  const allowed: AllowedByPlace = {};
  for (const [place, byValue] of sortedEntries(candidates)) {
    for (const [value, seen] of sortedEntries(byValue)) {
      const agreed = agreedAllowedValues(seen.keyword, [...seen.markers]);
      if (agreed !== undefined) (allowed[place] ??= {})[value] = agreed;
    }
  }
  return { schema, allowed };
}

const sortedEntries = <T>(map: ReadonlyMap<string, T>): [string, T][] => [...map].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

/**
 * What every definition that shares a key allows there, as its markers (JSON, `""` for
 * a place without one) say: the one marker, or for a `pattern` key whose markers all
 * list the same values, those values and the types all of them list. Undefined where
 * they do not agree, or where some place has no marker.
 */
function agreedAllowedValues(keyword: string, markers: string[]): AllowedValues | undefined {
  if (markers.includes("")) return undefined;
  const parsed = markers.map((marker) => JSON.parse(marker) as AllowedValues);
  if (parsed.length === 1) return parsed[0];
  if (keyword !== "pattern") return undefined;
  const [first, ...rest] = parsed as [AllowedValues, ...AllowedValues[]];
  const values = JSON.stringify(first.values);
  if (rest.some((other) => JSON.stringify(other.values) !== values)) return undefined;
  return { values: first.values, types: first.types.filter((type) => rest.every((other) => other.types.includes(type))) };
}

/** Keywords whose value is a schema, a list of schemas, or a map of names to schemas: the places AJV validates a subschema. */
const SCHEMA_KEYWORDS = ["items", "additionalProperties"] as const;
const SCHEMA_LIST_KEYWORDS = ["anyOf", "oneOf"] as const;
const SCHEMA_MAP_KEYWORDS = ["properties", "dependencies"] as const;

/** Calls `visit` on `schema` and every subschema inside it, with its `schemaPath`, not following `$ref`s. */
function visitSchemas(schema: JsonSchema, path: string, visit: (node: JsonSchema, path: string) => void): void {
  visit(schema, path);
  const child = (node: unknown, childPath: string) => {
    if (node !== null && typeof node === "object" && !Array.isArray(node)) visitSchemas(node as JsonSchema, childPath, visit);
  };
  for (const keyword of SCHEMA_KEYWORDS) child(schema[keyword], `${path}/${keyword}`);
  for (const keyword of SCHEMA_LIST_KEYWORDS) {
    const list = schema[keyword];
    if (Array.isArray(list)) list.forEach((node, index) => child(node, `${path}/${keyword}/${index}`));
  }
  for (const keyword of SCHEMA_MAP_KEYWORDS) {
    const map = schema[keyword];
    if (map !== null && typeof map === "object") {
      for (const [name, node] of Object.entries(map)) child(node, `${path}/${keyword}/${fragmentSegment(name)}`);
    }
  }
}
