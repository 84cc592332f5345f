/**
 * What building one definition's guard asked of its module (guard-module.ts), with
 * the answers, in order: a name claimed, a definition referred to, a pattern, the
 * code-point counter. Replayed in another module, the same questions must get the
 * same answers for the printed functions to be valid there.
 */
export type ModuleRequest =
  | { readonly kind: "guard" | "body" | "ref"; readonly definition: string; readonly answer: string }
  | { readonly kind: "claim" | "pattern"; readonly value: string; readonly answer: string }
  | { readonly kind: "ucs2length" };

/** One definition's guard functions as printed, and the module requests that built them. */
export interface CachedGuard {
  readonly requests: readonly ModuleRequest[];
  readonly functions: readonly string[];
}

/**
 * The guard functions of one emit, by definition key (definition-keys.ts): a
 * definition the versions (and modes) share is built and printed once. A key covers
 * the definition's schema and everything it refers to, which is all a guard reads.
 */
export class GuardCache {
  readonly #entries = new Map<string, CachedGuard>();

  get(key: string): CachedGuard | undefined {
    return this.#entries.get(key);
  }

  set(key: string, guard: CachedGuard): void {
    this.#entries.set(key, guard);
  }
}

/** A replayed request got another answer in this module (a name taken differently): the module is built without the cache. */
export class CachedGuardMismatch extends Error {}
