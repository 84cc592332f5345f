import type { JsonSchema } from "../../../json-schema/type-schemas.js";
import { ANNOTATIONS } from "../../annotations.js";
import { functionDeclaration, id, returnTrue, type Expr, type Statement } from "../js-ast.js";
import type { GuardModule } from "./guard-module.js";
import { schemaChecks } from "./schema-checks.js";
import { hasPlainPrototype } from "./type-tests.js";

/**
 * One guard function being built: the source of its local names (`p1`, `i2`, …),
 * its hoisted helpers (`<owner>_1`, …), and, for the body of an object definition,
 * what its caller has already found out about the parameter: that it is an object,
 * and (in the second parameter, `plain`) whether its prototype is `Object.prototype`
 * or null. Helpers hoisted out of the function share its local-name counter.
 */
export class FunctionScope {
  /** The function's parameter, `v`; checks on exactly this node may rely on what the caller tested. */
  readonly parameter: Expr = id("v");
  /** The second parameter of an object definition's body. */
  static readonly PLAIN_PARAMETER = "plain";
  #locals = 0;
  #hoisted = 0;

  constructor(
    readonly module: GuardModule,
    /** The function's name, the prefix of the helpers hoisted out of it. */
    readonly owner: string,
    /** The body of an object definition: the caller has tested that the parameter is an object, and passes `plain`. */
    readonly isObjectBody: boolean,
  ) {}

  /** The statements that return false when `value` does not match `schema`. */
  check(schema: JsonSchema, value: Expr): Statement[] {
    return schemaChecks(this, schema, value);
  }

  /** Whether the caller has tested that `value` is an object (it is the parameter of an object definition's body). */
  knowsIsObject(value: Expr): boolean {
    return this.isObjectBody && value === this.parameter;
  }

  /**
   * The shortcut flag of own-property.ts for `value`, an object: the `plain`
   * parameter for a body's own parameter, undefined (exact tests) anywhere else.
   */
  plainFlag(value: Expr): Expr | undefined {
    return this.knowsIsObject(value) ? id(FunctionScope.PLAIN_PARAMETER) : undefined;
  }

  /** What to pass as `plain` to an object definition's body called on `value`, an object. */
  plainArgument(value: Expr): Expr {
    return this.plainFlag(value) ?? hasPlainPrototype(value);
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
