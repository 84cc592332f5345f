import type { PrintedStatement } from "./declaration-file.js";

/**
 * Printed statements of one emit by what they are printed from: most declarations
 * are the same in every version, and each is printed once. A key must name
 * everything the statement's text depends on.
 */
export class StatementMemo {
  readonly #printed = new Map<string, PrintedStatement>();

  /** The statement for `key`, printed by `print` the first time it is asked for. */
  get(key: string, print: () => PrintedStatement): PrintedStatement {
    let statement = this.#printed.get(key);
    if (statement === undefined) {
      statement = print();
      this.#printed.set(key, statement);
    }
    return statement;
  }
}
