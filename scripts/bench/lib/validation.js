// The per-event figures: every contender on every data set, in several rounds within one
// process, in a fresh seeded order each round; ratios are taken within a round.
import { createRng } from "./prng.js";
import { makeLoop, parseThen, timePasses } from "./measure.js";
import { summarize } from "./stats.js";

/**
 * The data sets and which contenders run on them.
 * `check(c)` gives the function timed on that set; `applies(c)` filters contenders.
 */
export function scenarios(data, extraParse) {
  return [
    { id: "full", label: "full server stream", data: data.server, applies: (c) => !c.hotOnly, check: (c) => c.server },
    { id: "hot", label: "hot deltas (5 most frequent types)", data: data.hot, applies: () => true, check: (c) => c.server },
    { id: "large", label: "large events (session.created/updated, response.done)", data: data.large, applies: (c) => !c.hotOnly, check: (c) => c.server },
    { id: "client", label: "client stream", data: data.client, applies: (c) => Boolean(c.client), check: (c) => c.client },
    { id: "reject", label: "invalid events (rejection)", data: data.invalid.map((x) => x.event), applies: (c) => !c.hotOnly, check: (c) => c.server },
    {
      id: "parse",
      label: "JSON text → parse + validate, full server stream",
      data: data.texts,
      applies: (c) => !c.hotOnly,
      check: (c) => c.parseCheck ?? parseThen(c.server),
      extra: extraParse,
    },
  ];
}

/**
 * @returns {Promise<Record<string, Record<string, { rounds: number[], summary: ReturnType<typeof summarize> }>>>}
 */
export async function runValidation(contenders, data, { rounds, budget, seed, log, expectedCount }) {
  const rng = createRng(seed);
  const sets = scenarios(data, data.extraParse);
  const results = {};
  // Each (contender, set) keeps one check and one loop function for the whole run.
  const prepared = new Map();
  const prepare = (c, set) => {
    const key = `${c.id}/${set.id}`;
    if (!prepared.has(key)) prepared.set(key, { check: set.check(c), loop: makeLoop() });
    return prepared.get(key);
  };
  // One short unrecorded round first: every loop gets optimized before anything counts.
  for (const set of sets) {
    for (const c of [...contenders.filter(set.applies), ...(set.extra ?? [])]) {
      const { check, loop } = prepare(c, set);
      await timePasses(check, set.data, expectedCount(c, set, check), { budgetMs: Math.min(30, budget.budgetMs), minSamples: 2 }, loop);
    }
  }
  log("warm-up round done");
  for (let round = 0; round < rounds; round++) {
    for (const set of sets) {
      const entries = [...contenders.filter(set.applies), ...(set.extra ?? [])];
      for (const c of rng.shuffle(entries)) {
        const { check, loop } = prepare(c, set);
        const { nsPerEvent } = await timePasses(check, set.data, expectedCount(c, set, check), c.slow ? { budgetMs: budget.budgetMs, minSamples: 3 } : budget, loop);
        ((results[set.id] ??= {})[c.id] ??= { rounds: [] }).rounds.push(nsPerEvent);
      }
    }
    log(`round ${round + 1}/${rounds} done`);
  }
  for (const bySet of Object.values(results)) for (const entry of Object.values(bySet)) entry.summary = summarize(entry.rounds);
  return { results, sets };
}

/** Per-round ratio `a / b` of two contenders on one set, summarized. */
export function ratio(results, set, a, b) {
  const x = results[set]?.[a]?.rounds;
  const y = results[set]?.[b]?.rounds;
  if (!x || !y) return undefined;
  return summarize(x.map((value, i) => value / y[i]));
}
