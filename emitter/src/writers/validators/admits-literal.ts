import type { JsonSchema } from "../json-schema/type-schemas.js";
import { ANNOTATIONS } from "./annotations.js";
import type { NumberKeyword, StringKeyword } from "./keywords.js";

/**
 * Whether a string or number schema certainly accepts a literal value. Only the
 * keywords the emitter writes for scalars are understood; any other keyword
 * answers "no", so a caller that rewrites on "yes" never changes what is accepted.
 */
export function admitsLiteral(schema: JsonSchema, value: string | number | boolean): boolean {
  return Object.entries(schema).every(([keyword, bound]) => ANNOTATIONS.has(keyword) || (CHECKS[keyword]?.(value, bound) ?? false));
}

type Check = (value: string | number | boolean, bound: unknown) => boolean;

const isNumber = (value: unknown): value is number => typeof value === "number";
const isString = (value: unknown): value is string => typeof value === "string";

/**
 * Each keyword as draft-07 defines it; a keyword about one type ignores values of
 * other types. The keys are exactly `type` and the scalar keywords of keywords.ts,
 * which the compiler holds to that list.
 */
const CHECKS: Readonly<Record<string, Check>> = {
  type: (value, type) =>
    type === "string" ? isString(value) : type === "number" ? isNumber(value) : type === "integer" ? Number.isInteger(value) : false,
  minimum: (value, bound) => !isNumber(value) || (isNumber(bound) && value >= bound),
  maximum: (value, bound) => !isNumber(value) || (isNumber(bound) && value <= bound),
  exclusiveMinimum: (value, bound) => !isNumber(value) || (isNumber(bound) && value > bound),
  exclusiveMaximum: (value, bound) => !isNumber(value) || (isNumber(bound) && value < bound),
  // Lengths count code points (validation 6.3.1), as AJV does.
  minLength: (value, bound) => !isString(value) || (isNumber(bound) && [...value].length >= bound),
  maxLength: (value, bound) => !isString(value) || (isNumber(bound) && [...value].length <= bound),
  pattern: (value, pattern) => !isString(value) || (isString(pattern) && matches(pattern, value)),
} satisfies Record<"type" | NumberKeyword | StringKeyword, Check>;

/** `u`, as the validators compile patterns; a pattern that does not compile admits nothing here. */
function matches(pattern: string, value: string): boolean {
  try {
    return new RegExp(pattern, "u").test(value);
  } catch {
    return false;
  }
}
