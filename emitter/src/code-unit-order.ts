/**
 * The one string order of the emitter: code-unit order (`<` on strings), the same
 * on every machine and locale, unlike `localeCompare`. Everything the emitter sorts
 * (declarations, variants, files, exports) uses it, so output order never depends
 * on where or in what order things were produced.
 */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
