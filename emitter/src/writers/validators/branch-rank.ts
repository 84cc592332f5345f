import { discriminatorVariants } from "../../model/discriminator-variants.js";
import type { ApiModel } from "../../model/ir.js";
import { definitionPointer } from "../json-schema/pointers.js";

/**
 * Where each discriminator branch goes in the validator's if/else chain: the values
 * named in `hotVariants` first, in that order; without that list, streaming deltas
 * (values ending in `.delta`, the bulk of a realtime stream) before the rest.
 * Returns a rank per `$ref`; lower is tested earlier.
 */
export function branchRanker(model: ApiModel, hotVariants: readonly string[] | undefined): (ref: string) => number {
  const rankOfValue = (value: string): number => {
    if (hotVariants) {
      const index = hotVariants.indexOf(value);
      return index === -1 ? hotVariants.length : index;
    }
    return value.endsWith(".delta") ? 0 : 1;
  };
  const ranks = new Map<string, number>();
  for (const { value, target } of discriminatorVariants(model)) {
    const ref = definitionPointer(target);
    ranks.set(ref, Math.min(ranks.get(ref) ?? Infinity, rankOfValue(value)));
  }
  return (ref) => ranks.get(ref) ?? Infinity;
}
