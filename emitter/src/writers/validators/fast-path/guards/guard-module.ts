import type { JsonSchema } from "../../../json-schema/type-schemas.js";
import { definitionName } from "../../../json-schema/pointers.js";
import { typeIdentifier } from "../../../escape.js";
import { Identifiers } from "../identifiers.js";
import { constant, id, str, ts } from "../js-ast.js";
import { HELPER_NAMES, UCS2_LENGTH } from "./helper-names.js";

/**
 * The guards module being built: the module-level names, the definitions whose
 * guards are still to be built, and the declarations built so far. A definition
 * is queued the first time anything refers to it, so only reachable guards exist.
 */
export class GuardModule {
  /** Guard functions, in the order they were built (a hoisted helper before its owner). */
  readonly functions: ts.Statement[] = [];
  /** Module-level constants (compiled patterns), in the order they were first used. */
  readonly constants: ts.Statement[] = [];
  readonly #definitions: Record<string, JsonSchema>;
  readonly #identifiers = new Identifiers(HELPER_NAMES);
  readonly #patterns = new Map<string, string>();
  readonly #queued = new Set<string>();
  readonly #queue: string[] = [];
  #countsCodePoints = false;

  constructor(definitions: Record<string, JsonSchema>) {
    this.#definitions = definitions;
  }

  definition(name: string): JsonSchema {
    return this.#definitions[name]!;
  }

  /** The guard function of the definition `ref` points to; queues the definition for building on first use. */
  guardForRef(ref: string): string {
    const definition = definitionName(ref);
    if (definition === undefined || !(definition in this.#definitions)) throw new Error(`guard code: unresolved $ref ${ref}`);
    if (!this.#queued.has(definition)) {
      this.#queued.add(definition);
      this.#queue.push(definition);
    }
    return this.guardName(definition);
  }

  /** The next definition whose guard is still to be built. */
  nextQueued(): string | undefined {
    return this.#queue.shift();
  }

  guardName(definition: string): string {
    return this.#identifiers.claimFor(`guard:${definition}`, `is_${typeIdentifier(definition)}`);
  }

  /**
   * An object definition also gets a body function that assumes a plain object,
   * so a discriminated union, which has already tested that, does not test the
   * prototype again for the variant it dispatches to.
   */
  isObjectDefinition(definition: string): boolean {
    return this.#definitions[definition]?.type === "object";
  }

  bodyName(definition: string): string {
    return this.#identifiers.claimFor(`body:${definition}`, `${this.guardName(definition)}_body`);
  }

  /** A module-level name not handed out before, `preferred` when it is free. */
  claimName(preferred: string): string {
    return this.#identifiers.claim(preferred);
  }

  /** AJV's code-point counter, which the module imports once a guard has asked for it. */
  ucs2length(): string {
    this.#countsCodePoints = true;
    return UCS2_LENGTH;
  }

  /** Whether any guard counts code points, so the module needs the counter's import. */
  get countsCodePoints(): boolean {
    return this.#countsCodePoints;
  }

  /** One `RegExp` per distinct pattern, shared by every guard that uses it. */
  patternConstant(pattern: string): string {
    let name = this.#patterns.get(pattern);
    if (name === undefined) {
      name = this.#identifiers.claim(`pattern${this.#patterns.size + 1}`);
      this.#patterns.set(pattern, name);
      this.constants.push(constant(name, ts.factory.createNewExpression(id("RegExp"), undefined, [str(pattern), str("u")])));
    }
    return name;
  }
}
