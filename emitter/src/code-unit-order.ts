/**
 * The one string order of the emitter: code-unit order (`<` on strings), the same
 * on every machine and locale, unlike `localeCompare`. Everything the emitter sorts
 * (declarations, variants, files, exports) uses it, so output order never depends
 * on where or in what order things were produced.
 */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Sorts discriminator variants (or anything with a string `value`) in place by value, in code-unit order. */
export function sortByValue<T extends { value: string }>(variants: T[]): T[] {
  return variants.sort((a, b) => compareCodeUnits(a.value, b.value));
}
