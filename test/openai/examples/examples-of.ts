/**
 * One example per event `type` of an `openai` event union, each checked by tsc against
 * its own member type (with excess-property checks, as `satisfies` applies them), so
 * an example cannot drift from the package's declarations unnoticed.
 */
export type ExamplesOf<U extends { type: string }> = { readonly [T in U["type"]]?: Extract<U, { type: T }> };
