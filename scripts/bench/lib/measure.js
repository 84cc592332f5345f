// Timing loops with mitata's `measure`: one sample is one pass over a data set, so the
// per-event figure is the sample median divided by the set's size. Each (contender, data
// set) pair gets a loop function of its own (`new Function`), so no call site inside
// the loop ever sees two contenders; every pass must count exactly the accepted events
// the start-up check counted, so the work cannot be skipped.
import { do_not_optimize, measure } from "mitata";

/** A fresh loop function; keep one per (contender, data set) and reuse it across rounds. */
export const makeLoop = () => new Function("check", "data", "let n = 0; for (let i = 0; i < data.length; i++) if (check(data[i])) n++; return n;");

/**
 * @param {(value: unknown) => boolean} check
 * @param {unknown[]} data
 * @param {number} expected how many of `data` `check` accepts
 * @param {{ budgetMs: number, minSamples: number }} budget
 * @param {ReturnType<typeof makeLoop>} loop
 * @returns {Promise<{ nsPerEvent: number, samples: number }>}
 */
export async function timePasses(check, data, expected, budget, loop = makeLoop()) {
  const stats = await measure(
    () => {
      const n = loop(check, data);
      if (n !== expected) throw new Error(`a pass accepted ${n} events, the start-up check ${expected}`);
      do_not_optimize(n);
    },
    { min_cpu_time: budget.budgetMs * 1e6, min_samples: budget.minSamples, warmup_samples: 2 },
  );
  return { nsPerEvent: stats.p50 / data.length, samples: stats.samples.length };
}

/** `(text) => check(JSON.parse(text))`, with a function of its own per contender. */
export const parseThen = (check) => new Function("check", "return function parseThenCheck(text) { return check(JSON.parse(text)); }")(check);
