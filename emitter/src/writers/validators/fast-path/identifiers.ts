/**
 * Hands out the module-level names of a guards module. Names derived by
 * concatenation collide: `is_Foo` + `_body` is also the guard of a model named
 * `Foo_body`, and two `function` declarations of one name break the bundle. Every
 * name is asked for here, and a taken one gets the first free `_2`, `_3`, … suffix.
 */
export class Identifiers {
  readonly #taken = new Set<string>();
  readonly #byKey = new Map<string, string>();

  constructor(reserved: Iterable<string> = []) {
    for (const name of reserved) this.#taken.add(name);
  }

  /** A name not handed out before: `preferred` when it is free. */
  claim(preferred: string): string {
    let name = preferred;
    for (let suffix = 2; this.#taken.has(name); suffix++) name = `${preferred}_${suffix}`;
    this.#taken.add(name);
    return name;
  }

  /**
   * The name of the thing `key` stands for: claimed from `preferred` the first time,
   * the same name on every later call, so a guard is declared and called by one name.
   * Keys of every kind share one map: give each kind its own prefix.
   */
  claimFor(key: string, preferred: string): string {
    let name = this.#byKey.get(key);
    if (name === undefined) {
      name = this.claim(preferred);
      this.#byKey.set(key, name);
    }
    return name;
  }
}
