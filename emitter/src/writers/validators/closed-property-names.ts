import type { JsonSchema } from "../json-schema/type-schemas.js";

/**
 * Every property name of the object schemas that reject unknown keys
 * (`additionalProperties: false`, strict mode), sorted and once each: where the strict
 * validators look for the name a misspelt key was meant to be
 * (runtime/misspelt-property.ts). One list for the whole schema rather than one per
 * object: AJV's error does not say which object schema rejected the key, and the
 * runtime tries each near name by validating again, so a name from another object
 * is never suggested.
 */
export function closedPropertyNames(schema: JsonSchema): string[] {
  const names = new Set<string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (node === null || typeof node !== "object") return;
    const record = node as Record<string, unknown>;
    const properties = record.properties;
    const closes = record.additionalProperties === false && properties !== null && typeof properties === "object" && !Array.isArray(properties);
    if (closes) for (const name of Object.keys(properties)) names.add(name);
    for (const [keyword, value] of Object.entries(record)) {
      // A const or enum value is data, not a schema; the names in `properties` are not schemas either.
      if (keyword === "const" || keyword === "enum") continue;
      visit(keyword === "properties" && value !== null && typeof value === "object" ? Object.values(value) : value);
    }
  };
  visit(schema);
  return [...names].sort();
}
