// Counts kept while a session is checked: bounded whatever the session holds.

/** Event types counted one by one; past this many, the rest are counted together. */
const MAX_TYPES = 1000;
const OTHER_TYPES = "(other types)";
const NO_TYPE = "(no type)";

/** Events and invalid events per event type, for the summary. */
export class TypeTally {
  #types = new Map();

  add(type, direction, valid) {
    let name = typeof type === "string" ? type : NO_TYPE;
    if (!this.#types.has(name) && this.#types.size >= MAX_TYPES) name = OTHER_TYPES;
    let entry = this.#types.get(name);
    if (!entry) this.#types.set(name, (entry = { type: name, directions: new Set(), events: 0, invalid: 0 }));
    if (direction) entry.directions.add(direction);
    entry.events += 1;
    if (!valid) entry.invalid += 1;
  }

  /** One row per event type, sorted by type: `{ type, direction, events, invalid }`. */
  rows() {
    return [...this.#types.values()]
      .sort((a, b) => (a.type < b.type ? -1 : a.type > b.type ? 1 : 0))
      .map(({ type, directions, events, invalid }) => ({ type, direction: [...directions].sort().join("+") || null, events, invalid }));
  }
}

/** Per API version, in all-versions mode: how many events it rejects, and the first; how many it does not know. */
export class VersionTally {
  constructor(apiVersion) {
    this.apiVersion = apiVersion;
    this.invalid = 0;
    this.unknownTypes = 0;
    this.firstProblem = undefined;
  }

  skipUnknownType() {
    this.unknownTypes += 1;
  }

  reject(problem) {
    this.invalid += 1;
    this.firstProblem ??= problem;
  }
}
