// Mutations of a valid example, derived from the schema that describes it, each with
// the one error a validator must give for it (or none). Derived, not listed: every
// event of every version is covered, and a field added to the spec is mutated as
// soon as an example carries it.
import type { WireObject } from "../examples/index.js";
import type { JsonSchema, SchemaBundle } from "./generated.js";
import { isPlainObject, type SchemaSite, walkExample } from "./schema-walk.js";

export type MutationKind = "delete required" | "delete optional" | "out of range" | "object to string" | "closed enum" | "unknown property";

/** Each kind of mutation and the outcome it must have, in the order the tests run them. */
export const mutationKinds: Record<MutationKind, string> = {
  "delete required": "a required property deleted: one `required` error at its object",
  "delete optional": "an optional property deleted: still accepted",
  "out of range": "an integer one past a bound: one bound error at it",
  "object to string": "an object replaced by a string: one `type` error at it",
  "closed enum": "a value outside a closed enum or const: one `enum` or `const` error at it",
  "unknown property": "an unknown property added: accepted in spec mode, one `additionalProperties` error in strict mode",
};

/** The single error AJV reports, in the parts a test can state exactly. */
export interface ExpectedError {
  keyword: string;
  instancePath: string;
  params: Record<string, unknown>;
}

/** What a validator must do with the mutated event: accept it, or give one error, and the parser this path and message. */
export type Expectation = "accepted" | { error: ExpectedError; path: string; message: string };

export interface Mutation {
  kind: MutationKind;
  /** What was done, e.g. `delete /session/voice/name`. */
  label: string;
  /** JSON Pointer segments of the property deleted, added or set, e.g. `["session", "voice", "name"]`. */
  path: string[];
  /** A changed deep copy of the example; the example itself is left alone. */
  apply(example: WireObject): WireObject;
  spec: Expectation;
  strict: Expectation;
}

/** A property name no model has, added to probe strict mode. */
export const UNKNOWN_PROPERTY = "extra_field";
/** A value no closed enum or `const` has. */
export const NOT_A_MEMBER = "not-a-member";
const NOT_AN_OBJECT = "not an object";

/**
 * @param root the schema the event is validated against (the direction's union)
 * @param subject what the parser calls a message without a `type`, e.g. `server event`
 * @param received for what the service sends, the API version: its parser calls a string
 *   outside a closed enum or const an unknown variant (a newer service may send it)
 */
export function deriveMutations(bundle: SchemaBundle, root: JsonSchema, example: WireObject, subject: string, received?: { apiVersion: string }): Mutation[] {
  const type = example.type as string;
  const mutations: Mutation[] = [];
  for (const site of walkExample(bundle, root, example)) {
    if (site.object) mutations.push(...objectMutations(site, type, subject));
    if (site.path.length > 0 && !site.isTag) mutations.push(...valueMutations(site, type, received));
  }
  return mutations;
}

function objectMutations(site: SchemaSite, type: string, subject: string): Mutation[] {
  const { required, closable } = site.object!;
  const at = pointer(site.path);
  const mutations: Mutation[] = Object.keys(site.value as object).map((key) => {
    const path = [...site.path, key];
    const label = `delete ${pointer(path)}`;
    const apply = (example: WireObject) => edit(example, site.path, (node) => delete node[key]);
    if (!required.includes(key)) return { kind: "delete optional", label, path, apply, spec: "accepted", strict: "accepted" };
    // Without its `type`, an event is named by the parser's subject.
    const named = site.path.length === 0 && key === "type" ? subject : type;
    const expectation = failure(
      named,
      at,
      { keyword: "required", params: { missingProperty: key } },
      pointer([...site.path, key]),
      "is required",
    );
    return { kind: "delete required", label, path, apply, spec: expectation, strict: expectation };
  });
  if (closable) {
    mutations.push({
      kind: "unknown property",
      label: `add ${pointer([...site.path, UNKNOWN_PROPERTY])}`,
      path: [...site.path, UNKNOWN_PROPERTY],
      apply: (example) => edit(example, site.path, (node) => (node[UNKNOWN_PROPERTY] = 1)),
      // Spec mode lets unknown properties through: a newer service may add fields.
      spec: "accepted",
      strict: failure(
        type,
        at,
        { keyword: "additionalProperties", params: { additionalProperty: UNKNOWN_PROPERTY } },
        pointer([...site.path, UNKNOWN_PROPERTY]),
        "is not a known property (strict mode)",
      ),
    });
  }
  return mutations;
}

function valueMutations(site: SchemaSite, type: string, received: { apiVersion: string } | undefined): Mutation[] {
  const { schema } = site;
  const mutations: Mutation[] = [];
  const replace = (kind: MutationKind, value: unknown, keyword: string, params: Record<string, unknown>, reason: string) => {
    // The validators' error is the same either way; only the parser's words differ.
    const parsedReason =
      kind === "closed enum" && received !== undefined
        ? `has unknown value ${JSON.stringify(value)} in API version ${received.apiVersion} (a newer service may send it)`
        : reason;
    const expectation = failure(type, pointer(site.path), { keyword, params }, pointer(site.path), parsedReason);
    mutations.push({
      kind,
      label: `set ${pointer(site.path)} to ${JSON.stringify(value)}`,
      path: site.path,
      apply: (example) => edit(example, site.path.slice(0, -1), (node) => (node[site.path.at(-1)!] = value)),
      spec: expectation,
      strict: expectation,
    });
  };
  if (schema.type === "integer") {
    // One past each bound: 2**31 for an int32, -1 where the minimum is 0.
    if (typeof schema.maximum === "number") {
      replace("out of range", schema.maximum + 1, "maximum", { comparison: "<=", limit: schema.maximum }, `must be <= ${schema.maximum}`);
    }
    if (typeof schema.exclusiveMaximum === "number") {
      const limit = schema.exclusiveMaximum;
      replace("out of range", limit, "exclusiveMaximum", { comparison: "<", limit }, `must be < ${limit}`);
    }
    if (typeof schema.minimum === "number" && schema.minimum >= 0) {
      replace("out of range", schema.minimum - 1, "minimum", { comparison: ">=", limit: schema.minimum }, `must be >= ${schema.minimum}`);
    }
  }
  // Beside another alternative, a string or a wrong constant may be valid (the voice
  // `"alloy"`), or fail every alternative at once: no single error to expect.
  if (site.isAnyOfAlternative) return mutations;
  if (schema.type === "object") {
    replace("object to string", NOT_AN_OBJECT, "type", { type: "object" }, "must be an object");
  }
  if (schema.const !== undefined) {
    replace("closed enum", NOT_A_MEMBER, "const", { allowedValue: schema.const }, `must be ${JSON.stringify(schema.const)}`);
  }
  if (Array.isArray(schema.enum)) {
    const allowed = schema.enum.map((member) => JSON.stringify(member)).join(", ");
    const reason = schema.enum.length === 1 ? `must be ${allowed}` : `must be one of ${allowed}`;
    replace("closed enum", NOT_A_MEMBER, "enum", { allowedValues: schema.enum }, reason);
  }
  return mutations;
}

/** The parser names the offending value by its full path: for a missing or unknown property, the property's own. */
function failure(
  named: string,
  instancePath: string,
  error: Omit<ExpectedError, "instancePath">,
  path: string,
  reason: string,
): Expectation {
  return { error: { ...error, instancePath }, path, message: `${named}: ${path} ${reason}` };
}

/** Applies `change` to the object at `path` in a deep copy of `example`. */
function edit(example: WireObject, path: string[], change: (node: Record<string, unknown>) => void): WireObject {
  const copy = structuredClone(example);
  let node: unknown = copy;
  for (const segment of path) node = (node as Record<string, unknown>)[segment];
  if (!isPlainObject(node) && !Array.isArray(node)) throw new Error(`${pointer(path)} is not an object`);
  change(node as Record<string, unknown>);
  return copy;
}

/** JSON Pointer (RFC 6901) of path segments, `""` for the root. */
export function pointer(path: readonly string[]): string {
  return path.map((segment) => `/${segment.replace(/~/g, "~0").replace(/\//g, "~1")}`).join("");
}
