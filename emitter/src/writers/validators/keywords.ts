/**
 * The keywords each type-specific group of checks reads; values of other types
 * ignore them (JSON Schema draft-07, validation 6.2-6.5). The one list the guards,
 * the merge of disjoint alternatives and the literal test share: a keyword one of
 * them understands is a keyword all of them understand. `multipleOf` is not here:
 * the emitter never writes it and the guards do not check it.
 */
export const NUMBER_KEYWORDS = ["minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"] as const;
export const STRING_KEYWORDS = ["minLength", "maxLength", "pattern"] as const;
export const ARRAY_KEYWORDS = ["items", "minItems", "maxItems"] as const;
export const OBJECT_KEYWORDS = ["properties", "required", "additionalProperties", "dependencies", "discriminator", "oneOf"] as const;

export type NumberKeyword = (typeof NUMBER_KEYWORDS)[number];
export type StringKeyword = (typeof STRING_KEYWORDS)[number];

/** The keywords about each JSON type other than object and array. */
export const SCALAR_KEYWORDS_BY_TYPE: Readonly<Record<string, readonly string[]>> = {
  integer: NUMBER_KEYWORDS,
  number: NUMBER_KEYWORDS,
  string: STRING_KEYWORDS,
  boolean: [],
  null: [],
};

/** Every keyword the guards understand; any other non-annotation keyword is a bug in the validation schema's shape. */
export const HANDLED_KEYWORDS: ReadonlySet<string> = new Set([
  "$ref", "type", "const", "enum", "anyOf", ...NUMBER_KEYWORDS, ...STRING_KEYWORDS, ...ARRAY_KEYWORDS, ...OBJECT_KEYWORDS,
]);
