import { createHash } from "node:crypto";
import type { JsonSchema } from "../../../json-schema/type-schemas.js";
import { definitionName } from "../../../json-schema/pointers.js";
import { typeIdentifier } from "../../../escape.js";
import { Identifiers } from "../identifiers.js";
import { constant, construct, str, type Statement } from "../js-ast.js";
import { CachedGuardMismatch, type ModuleRequest } from "./guard-cache.js";
import { HELPER_NAMES, UCS2_LENGTH } from "./helper-names.js";

/**
 * The guards module being built: the module-level names, the definitions whose
 * guards are still to be built, and the declarations built so far. A definition
 * is queued the first time anything refers to it, so only reachable guards exist.
 * Every request a guard makes of the module can be recorded, and replayed in
 * another module (guard-cache.ts).
 */
export class GuardModule {
  /** Guard functions, in the order they were built (a hoisted helper before its owner). */
  readonly functions: Statement[] = [];
  /** Module-level constants (compiled patterns), in the order they were first used. */
  readonly constants: Statement[] = [];
  readonly #definitions: Record<string, JsonSchema>;
  readonly #identifiers = new Identifiers(HELPER_NAMES);
  readonly #patterns = new Map<string, string>();
  readonly #queued = new Set<string>();
  readonly #queue: string[] = [];
  #countsCodePoints = false;
  #recording: ModuleRequest[] | undefined;

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
    return this.#answer({ kind: "ref", definition, answer: this.#queueGuard(definition) });
  }

  /** The next definition whose guard is still to be built. */
  nextQueued(): string | undefined {
    return this.#queue.shift();
  }

  guardName(definition: string): string {
    return this.#answer({ kind: "guard", definition, answer: this.#guardName(definition) });
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
    return this.#answer({ kind: "body", definition, answer: this.#bodyName(definition) });
  }

  /** A module-level name not handed out before, `preferred` when it is free. */
  claimName(preferred: string): string {
    return this.#answer({ kind: "claim", value: preferred, answer: this.#identifiers.claim(preferred) });
  }

  /** AJV's code-point counter, which the module imports once a guard has asked for it. */
  ucs2length(): string {
    this.#countsCodePoints = true;
    this.#recording?.push({ kind: "ucs2length" });
    return UCS2_LENGTH;
  }

  /** Whether any guard counts code points, so the module needs the counter's import. */
  get countsCodePoints(): boolean {
    return this.#countsCodePoints;
  }

  /**
   * One `RegExp` per distinct pattern, shared by every guard that uses it, named after
   * the pattern's hash, so that a guard printed in one module names it alike in another.
   */
  patternConstant(pattern: string): string {
    return this.#answer({ kind: "pattern", value: pattern, answer: this.#patternConstant(pattern) });
  }

  /** Records every request until {@link stopRecording}, which returns them. */
  startRecording(): void {
    this.#recording = [];
  }

  stopRecording(): ModuleRequest[] {
    const requests = this.#recording ?? [];
    this.#recording = undefined;
    return requests;
  }

  /** Makes the recorded requests again; throws CachedGuardMismatch at the first that gets another answer here. */
  replay(requests: readonly ModuleRequest[]): void {
    for (const request of requests) {
      const answer = this.#replayed(request);
      if (request.kind !== "ucs2length" && answer !== request.answer) throw new CachedGuardMismatch(`${request.kind}: ${answer} is not ${request.answer}`);
    }
  }

  #replayed(request: ModuleRequest): string {
    switch (request.kind) {
      case "ref":
        return this.#queueGuard(request.definition);
      case "guard":
        return this.#guardName(request.definition);
      case "body":
        return this.#bodyName(request.definition);
      case "claim":
        return this.#identifiers.claim(request.value);
      case "pattern":
        return this.#patternConstant(request.value);
      case "ucs2length":
        this.#countsCodePoints = true;
        return UCS2_LENGTH;
    }
  }

  #answer(request: Exclude<ModuleRequest, { kind: "ucs2length" }>): string {
    this.#recording?.push(request);
    return request.answer;
  }

  #queueGuard(definition: string): string {
    if (!this.#queued.has(definition)) {
      this.#queued.add(definition);
      this.#queue.push(definition);
    }
    return this.#guardName(definition);
  }

  #guardName(definition: string): string {
    return this.#identifiers.claimFor(`guard:${definition}`, `is_${typeIdentifier(definition)}`);
  }

  #bodyName(definition: string): string {
    return this.#identifiers.claimFor(`body:${definition}`, `${this.#guardName(definition)}_body`);
  }

  #patternConstant(pattern: string): string {
    let name = this.#patterns.get(pattern);
    if (name === undefined) {
      name = this.#identifiers.claim(`pattern_${createHash("sha256").update(pattern).digest("hex").slice(0, 12)}`);
      this.#patterns.set(pattern, name);
      this.constants.push(constant(name, construct("RegExp", str(pattern), str("u"))));
    }
    return name;
  }
}
