import type { JsonSchema } from "../json-schema/type-schemas.js";

/**
 * Keywords that describe a value without deciding whether it is valid, as the
 * validators see them. `format` and `contentEncoding` are validation keywords in
 * JSON Schema, but the validators are built with `validateFormats: false` and
 * draft-07 leaves `contentEncoding` unchecked (validation 8.3), so neither changes a
 * verdict. The validation schema and the guards share this one list, so what one
 * treats as noise the other cannot treat as a constraint.
 */
export const ANNOTATIONS: ReadonlySet<string> = new Set([
  "$comment", "$id", "$schema", "contentEncoding", "default", "deprecated", "description", "examples", "format", "title",
]);

/** Whether a schema constrains anything (`{}` and annotation-only schemas accept every value). */
export function constrains(schema: JsonSchema): boolean {
  return Object.keys(schema).some((keyword) => !ANNOTATIONS.has(keyword));
}
