/** The keywords each type-specific group of checks reads; values of other types ignore them. */
export const NUMBER_KEYWORDS: readonly string[] = ["minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"];
export const STRING_KEYWORDS: readonly string[] = ["minLength", "maxLength", "pattern"];
export const ARRAY_KEYWORDS: readonly string[] = ["items", "minItems", "maxItems"];
export const OBJECT_KEYWORDS: readonly string[] = ["properties", "required", "additionalProperties", "dependencies", "discriminator", "oneOf"];

/** Every keyword the guards understand; any other non-annotation keyword is a bug in the validation schema's shape. */
export const HANDLED_KEYWORDS: ReadonlySet<string> = new Set([
  "$ref", "type", "const", "enum", "anyOf", ...NUMBER_KEYWORDS, ...STRING_KEYWORDS, ...ARRAY_KEYWORDS, ...OBJECT_KEYWORDS,
]);
