// The JSON Schema bundle, imported as a JSON module. Its own file: the import attribute
// (`with { type: "json" }`) needs TypeScript 5.3, newer than the package's declarations need,
// so the check with the oldest TypeScript the package supports leaves this file out.
import schema from "voicelive-wire/2026-04-10/schema.json" with { type: "json" };

export function schemaSummary(): Record<string, unknown> {
  return { draft: schema.$schema, definesServerEvent: "ServerEvent" in schema.$defs };
}
