// Counts kept while a session is checked: bounded whatever the session holds.

/** Event types counted one by one; past this many, the rest are counted together. */
const MAX_TYPES = 1000;
const OTHER_TYPES = "(other types)";
const NO_TYPE = "(no type)";

/** Events per event type, and how many were invalid or held a value the version does not define, for the summary. */
export class TypeTally {
  #types = new Map();

  /** `outcome`: `valid`, `invalid` or `unknown-variant`. */
  add(type, direction, outcome) {
    let name = typeof type === "string" ? type : NO_TYPE;
    if (!this.#types.has(name) && this.#types.size >= MAX_TYPES) name = OTHER_TYPES;
    let entry = this.#types.get(name);
    if (!entry) this.#types.set(name, (entry = { type: name, directions: new Set(), events: 0, invalid: 0, unknownVariants: 0 }));
    if (direction) entry.directions.add(direction);
    entry.events += 1;
    if (outcome === "invalid") entry.invalid += 1;
    else if (outcome === "unknown-variant") entry.unknownVariants += 1;
  }

  /** One row per event type, sorted by type: `{ type, direction, events, invalid, unknownVariants }`. */
  rows() {
    return [...this.#types.values()]
      .sort((a, b) => (a.type < b.type ? -1 : a.type > b.type ? 1 : 0))
      .map(({ type, directions, events, invalid, unknownVariants }) => ({ type, direction: [...directions].sort().join("+") || null, events, invalid, unknownVariants }));
  }
}

/**
 * Per API version, in all-versions mode: how many events it rejects (`problems`, and the
 * first), how many of them for a wrong shape (`invalid`) and how many hold a value it does
 * not define (`unknownVariants`, problems unless skipped), how many types it does not know.
 */
export class VersionTally {
  constructor(apiVersion, { skipUnknownVariants = false } = {}) {
    this.apiVersion = apiVersion;
    this.problems = 0;
    this.invalid = 0;
    this.unknownVariants = 0;
    this.unknownTypes = 0;
    this.firstProblem = undefined;
    this.skipUnknownVariants = skipUnknownVariants;
  }

  skipUnknownType() {
    this.unknownTypes += 1;
  }

  reject(problem) {
    if (problem.kind === "unknown-variant") {
      this.unknownVariants += 1;
      if (this.skipUnknownVariants) return;
    } else {
      this.invalid += 1;
    }
    this.problems += 1;
    this.firstProblem ??= problem;
  }
}
