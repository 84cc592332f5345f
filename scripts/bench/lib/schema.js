// Reading the emitted JSON Schema bundle: $ref resolution, open enums, and the one
// structural rewrite every consumer of a discriminated union needs here (a union's own
// `properties`/`required` also apply to each branch, so they are distributed into it).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse as parseYaml } from "yaml";
import { GENERATED } from "./paths.js";

/** The bundle `npm run generate` wrote for one API version (from the run's copy of generated/). */
export function loadBundle(version) {
  const path = join(GENERATED, version, "schema.json");
  const schema = JSON.parse(readFileSync(path, "utf8"));
  return { version, path, schema, defs: schema.$defs, id: schema.$id };
}

/** `#/$defs/Name` → `Name`. */
export function refName(ref) {
  const match = /^#\/\$defs\/(.+)$/.exec(ref);
  if (!match) throw new Error(`unsupported $ref ${ref} (only local #/$defs/ refs are used by the bundle)`);
  return match[1];
}

/** Follows `$ref`s to the schema they name. Sibling keywords next to a `$ref` (descriptions, defaults) carry no constraints here. */
export function resolve(defs, node) {
  let current = node;
  for (let hops = 0; current && current.$ref; hops++) {
    if (hops > 32) throw new Error(`$ref chain too long at ${node.$ref}`);
    current = defs[refName(current.$ref)];
    if (!current) throw new Error(`dangling $ref ${node.$ref}`);
  }
  return current;
}

/** `anyOf: [{type: T, enum}, {type: T}]` accepts any T: the base type of such an open enum, else undefined. */
export function openEnumBase(node) {
  const branches = node.anyOf;
  if (!Array.isArray(branches) || branches.length !== 2) return undefined;
  const [known, any] = branches;
  const isOpen = Array.isArray(known.enum) && Object.keys(any).length === 1 && typeof any.type === "string" && known.type === any.type;
  return isOpen ? any.type : undefined;
}

export const isDiscriminated = (node) => Boolean(node && node.discriminator && Array.isArray(node.oneOf));

/** The constraints a discriminated union puts on every branch, besides picking one. */
function unionBase(node) {
  return { properties: node.properties ?? {}, required: node.required ?? [] };
}

const deepEqual = (a, b) => JSON.stringify(a) === JSON.stringify(b);

/** Drops annotation-only keywords so two property schemas can be compared. */
function constraintsOf(node) {
  const { description, default: _default, title, examples, $comment, ...rest } = node;
  return rest;
}

/**
 * The branches of a discriminated union, each as one schema that also carries the
 * union's own properties and required list: `[{ value, name, schema }]`. A branch that is
 * itself a discriminated union (MessageItem under ConversationRequestItem) gets the outer
 * constraints added to its own base, so they reach its branches in turn.
 */
export function discriminatedBranches(defs, node) {
  const key = node.discriminator.propertyName;
  const base = unionBase(node);
  return node.oneOf.map((branchRef) => {
    const branch = resolve(defs, branchRef);
    const name = branchRef.$ref ? refName(branchRef.$ref) : undefined;
    const schema = mergeBase(base, branch, name ?? "(inline)");
    return { value: discriminatorValues(defs, schema, key), name, schema };
  });
}

/** The discriminator values a branch accepts (one for an object branch, several for a nested union). */
function discriminatorValues(defs, schema, key) {
  if (isDiscriminated(schema)) return discriminatedBranches(defs, schema).flatMap((b) => b.value);
  const property = schema.properties?.[key];
  const resolved = property && resolve(defs, property);
  if (resolved && "const" in resolved) return [resolved.const];
  if (resolved && Array.isArray(resolved.enum)) return resolved.enum;
  throw new Error(`discriminator branch without a constant "${key}"`);
}

function mergeBase(base, branch, where) {
  const properties = { ...(branch.properties ?? {}) };
  for (const [name, baseProperty] of Object.entries(base.properties)) {
    const own = properties[name];
    if (own === undefined) properties[name] = baseProperty;
    else if (!deepEqual(constraintsOf(own), constraintsOf(baseProperty)) && !impliedBy(own, baseProperty)) {
      throw new Error(`${where}.${name}: a union property and its branch property differ in a way this converter does not merge`);
    }
  }
  const required = [...new Set([...(branch.required ?? []), ...base.required])];
  return { ...branch, properties, required };
}

/** `{const: "x"}` (or an enum of strings) already implies the union's `{type: "string"}`. */
function impliedBy(own, base) {
  const keys = Object.keys(constraintsOf(base));
  if (keys.length !== 1 || keys[0] !== "type") return false;
  const values = "const" in own ? [own.const] : Array.isArray(own.enum) ? own.enum : undefined;
  const jsonType = (v) => (v === null ? "null" : Array.isArray(v) ? "array" : Number.isInteger(v) ? "integer" : typeof v);
  return values !== undefined && values.every((v) => jsonType(v) === base.type || (base.type === "number" && jsonType(v) === "integer"));
}

/** Keywords that only annotate: no validator acts on them (AJV runs with validateFormats: false, draft-07 ignores contentEncoding). */
export const ANNOTATIONS = new Set(["description", "default", "title", "examples", "$comment", "format", "contentEncoding", "contentMediaType", "deprecated", "readOnly", "writeOnly"]);

/** The `hot-variants` option of this project's emitter in spec/tspconfig.yaml, if set. */
export function readHotVariants(tspconfigText) {
  return parseYaml(tspconfigText).options?.["typespec-wire-emitter"]?.["hot-variants"];
}
