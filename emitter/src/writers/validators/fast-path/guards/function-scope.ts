import type { JsonSchema } from "../../../json-schema/type-schemas.js";
import { ANNOTATIONS } from "../../annotations.js";
import { functionDeclaration, id, returnTrue, ts, type Expr } from "../js-ast.js";
import type { GuardModule } from "./guard-module.js";
import { schemaChecks } from "./schema-checks.js";

/**
 * One guard function being built: the source of its local names (`p1`, `i2`, …),
 * its hoisted helpers (`<owner>_1`, …), and whether its caller has already
 * tested that the parameter is a plain object. Helpers hoisted out of the function
 * share its local-name counter.
 */
export class FunctionScope {
  /** The function's parameter, `v`; checks on exactly this node may rely on `assumePlainObject`. */
  readonly parameter: Expr = id("v");
  #locals = 0;
  #hoisted = 0;

  constructor(
    readonly module: GuardModule,
    /** The function's name, the prefix of the helpers hoisted out of it. */
    readonly owner: string,
    /** The caller has tested that the parameter is a plain object (the body of an object definition). */
    readonly assumePlainObject: boolean,
  ) {}

  /** The statements that return false when `value` does not match `schema`. */
  check(schema: JsonSchema, value: Expr): ts.Statement[] {
    return schemaChecks(this, schema, value);
  }

  /** A local name not used before in this function: `prefix` and a number. */
  freshLocal(prefix: string): string {
    return `${prefix}${++this.#locals}`;
  }

  /** A schema as a function of its own, for places that need an expression (`anyOf` branches). */
  hoist(schema: JsonSchema): string {
    const meaningful = Object.keys(schema).filter((keyword) => !ANNOTATIONS.has(keyword));
    if (meaningful.length === 1 && typeof schema.$ref === "string") return this.module.guardForRef(schema.$ref);
    const name = this.module.claimName(`${this.owner}_${++this.#hoisted}`);
    // A fresh `v`, not the owner's: a hoisted branch cannot assume what its owner's caller checked.
    this.module.functions.push(functionDeclaration(name, "v", [...this.check(schema, id("v")), returnTrue()]));
    return name;
  }
}
