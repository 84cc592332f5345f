import type { JsonSchema } from "../../../json-schema/type-schemas.js";
import { ANNOTATIONS } from "../../annotations.js";
import { constant, functionDeclaration, id, returnTrue, type Expr, type Statement } from "../js-ast.js";
import type { GuardModule } from "./guard-module.js";
import { schemaChecks } from "./schema-checks.js";
import { hasPlainPrototype } from "./type-tests.js";

/**
 * One guard function being built: the source of its local names (`p1`, `i2`, …),
 * its hoisted helpers (`<owner>_1`, …), and, for the body of an object definition,
 * what its caller has already found out about the parameter (that it is an object) and
 * what the body finds out itself: in the local `plain`, whether the parameter's
 * prototype is `Object.prototype` or null. Helpers hoisted out of the function share
 * its local-name counter.
 */
export class FunctionScope {
  /** The function's parameter, `v`; checks on exactly this node may rely on what the caller tested. */
  readonly parameter: Expr = id("v");
  #locals = 0;
  #hoisted = 0;
  #plainUsed = false;
  #plainClaimed = false;

  constructor(
    readonly module: GuardModule,
    /** The function's name, the prefix of the helpers hoisted out of it. */
    readonly owner: string,
    /** The body of an object definition: the caller has tested that the parameter is an object. */
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
   * The shortcut flag of own-property.ts for `value`, an object: for a body's own
   * parameter, a function giving the body's `plain` local (and noting that the body
   * uses it); undefined (exact tests) anywhere else.
   */
  plainFlag(value: Expr): PlainFlag | undefined {
    if (!this.knowsIsObject(value)) return undefined;
    return () => {
      this.#plainUsed = true;
      return id(PLAIN);
    };
  }

  /** Whether the caller is the first to check the body's parameter as an object, and so the one to declare `plain` (see plainDeclaration). */
  claimPlainDeclaration(): boolean {
    if (!this.isObjectBody || this.#plainClaimed) return false;
    this.#plainClaimed = true;
    return true;
  }

  /**
   * `const plain = hasPlainPrototype(v);` when the body uses the flag, else nothing.
   * Placed right after the body's first read of the parameter: V8 then knows the
   * object's map from that read and answers `Object.getPrototypeOf` from it, where a
   * caller asking first pays a call on every object.
   */
  plainDeclaration(): Statement[] {
    return this.#plainUsed ? [constant(PLAIN, hasPlainPrototype(this.parameter))] : [];
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

/** The local of an object body that holds whether its parameter's prototype is `Object.prototype` or null. */
const PLAIN = "plain";

/** The shortcut flag of own-property.ts, asked for where a test uses it. */
export type PlainFlag = () => Expr;
