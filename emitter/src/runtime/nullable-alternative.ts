/**
 * A `T | null` the validators could not merge into one schema (a model, an array, a
 * union behind a `$ref`) is an `anyOf: [T, { type: "null" }]`, and AJV reports every
 * alternative's failure and then the `anyOf`: a `usage` object without `total_tokens`
 * gives `required`, `must be null` and `must match a schema in anyOf`. When the value
 * is of T's kind, T's failure is what explains the rejection, and the other two only
 * say that the value is not null, which it plainly is not: they are dropped, so
 * `.errors` holds the one failure that explains it, as for any other value. When T
 * failed on the kind of the value at the `anyOf`'s own place (a number where an object
 * or null is allowed), every error stays: together they say `must be an object or null`.
 */
import { ownField, type ValidationError } from "./validation-error.js";

/** Keywords of a failure about the kind of the value, or of alternatives that all failed: such a failure at the `anyOf`'s own place does not explain it alone. */
const KIND_KEYWORDS = new Set(["type", "const", "enum", "pattern", "anyOf", "oneOf", "if"]);

export function withoutNullAlternatives(errors: ValidationError[]): ValidationError[] {
  // Most rejections have no `anyOf` error: they pay for this loop alone.
  let anyOf = 0;
  while (anyOf < errors.length && errors[anyOf]!.keyword !== "anyOf") anyOf++;
  if (anyOf === errors.length) return errors;
  // Alternatives' errors come right before their `anyOf`, nested ones first: going in
  // order, an outer `anyOf` sees its alternatives already filtered. Indices go in a Set
  // and the result comes from `filter`, which defines its elements: with a getter-only
  // "0" on a polluted Object.prototype, an array's `push` would throw.
  const dropped = new Set<number>();
  const keptBefore = (index: number) => {
    let at = index - 1;
    while (at >= 0 && dropped.has(at)) at--;
    return at;
  };
  errors.forEach((error, index) => {
    if (error.keyword !== "anyOf") return;
    const nullAt = keptBefore(index);
    const explainingAt = nullAt < 0 ? -1 : keptBefore(nullAt);
    if (explainingAt < 0 || !isLastOfTwoNullAlternative(errors[nullAt]!, error)) return;
    const explaining = errors[explainingAt]!;
    if (explaining.instancePath === error.instancePath && KIND_KEYWORDS.has(explaining.keyword)) return;
    dropped.add(nullAt).add(index);
  });
  return dropped.size === 0 ? errors : errors.filter((_, index) => !dropped.has(index));
}

/**
 * The `{ type: "null" }` alternative's error, second and last of its `anyOf`: its
 * schemaPath is the `anyOf`'s with `/1/type`, so the errors before it are the first
 * alternative's alone.
 */
function isLastOfTwoNullAlternative(error: ValidationError, anyOf: ValidationError): boolean {
  return (
    error.keyword === "type" &&
    ownField(error.params, "type") === "null" &&
    error.instancePath === anyOf.instancePath &&
    error.schemaPath === `${anyOf.schemaPath}/1/type`
  );
}
