import type { ModelPair } from "./compare.js";
import type { Difference, Outcome } from "./differences.js";

/**
 * - `identical`: no difference, here or in any nested model pair.
 * - `assignable`: only differences TypeScript lets through both ways: a property that is
 *   optional and on one side only, or different known values of two open enums. The
 *   types are mutually assignable, though not identical.
 * - `different`: at least one difference that makes one side reject the other's values.
 */
export type Verdict = "identical" | "assignable" | "different";

export interface Verdicts {
  readonly pairs: ReadonlyMap<string, Verdict>;
  of(outcome: Outcome): Verdict;
}

/** Whether TypeScript still assigns both ways despite this difference. */
function isSoft(difference: Difference): boolean {
  if (difference.kind === "property-only") return !difference.required;
  if (difference.kind === "values") return difference.voicelive.open && difference.openai.open;
  return false;
}

/**
 * Verdicts for every model pair: a pair is as bad as its worst own difference or its
 * worst nested pair, however deep. Pairs that only contain each other (a cycle) and
 * nothing worse stay identical, as the checker's identity relation sees them too.
 */
export function judge(pairs: ReadonlyMap<string, ModelPair>): Verdicts {
  const containers = new Map<string, string[]>();
  for (const pair of pairs.values()) {
    for (const nested of pair.outcome.nested) containers.set(nested.key, [...(containers.get(nested.key) ?? []), pair.key]);
  }
  const spread = (seeds: Iterable<string>): Set<string> => {
    const reached = new Set(seeds);
    const pending = [...reached];
    while (pending.length > 0) {
      for (const container of containers.get(pending.pop()!) ?? []) {
        if (reached.has(container)) continue;
        reached.add(container);
        pending.push(container);
      }
    }
    return reached;
  };
  const all = [...pairs.values()];
  const differing = spread(all.filter((pair) => pair.outcome.differences.length > 0).map((pair) => pair.key));
  const different = spread(all.filter((pair) => pair.outcome.differences.some((d) => !isSoft(d))).map((pair) => pair.key));
  const verdict = (key: string): Verdict => (different.has(key) ? "different" : differing.has(key) ? "assignable" : "identical");
  const verdicts = new Map(all.map((pair) => [pair.key, verdict(pair.key)]));
  return {
    pairs: verdicts,
    of(outcome) {
      const nested = outcome.nested.map((entry) => verdicts.get(entry.key));
      if (outcome.differences.some((d) => !isSoft(d)) || nested.includes("different")) return "different";
      if (outcome.differences.length > 0 || nested.includes("assignable")) return "assignable";
      return "identical";
    },
  };
}
