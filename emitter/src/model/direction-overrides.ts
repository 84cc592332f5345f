import type { Direction } from "./ir.js";
import type { UsageReader } from "./usage.js";

/** The words of the `directions` option, and the direction each states. */
export const DIRECTION_WORDS: Readonly<Record<string, Direction>> = {
  input: { input: true, output: false },
  output: { input: false, output: true },
  both: { input: true, output: true },
  none: { input: false, output: false },
};

/**
 * A usage reader where the `directions` option states a type's direction, by the name
 * the spec declares it with, and TCGC's `@usage` (when read) elsewhere. The option wins
 * over a `@usage` of the same type: it is the user's word about this output. Undefined
 * when neither says anything, as without TCGC.
 */
export function withDirectionOverrides(usage: UsageReader | undefined, overrides: ReadonlyMap<string, Direction> | undefined): UsageReader | undefined {
  if (overrides === undefined || overrides.size === 0) return usage;
  return (type) => overrides.get(type.name ?? "") ?? usage?.(type);
}
