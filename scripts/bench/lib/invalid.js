// Invalid events, made by breaking valid events of the stream in one place each. The
// main set breaks what every contender checks (JSON types, required fields, constants,
// event types); the constraint set breaks what TypeScript types cannot say (int32 range,
// integers, minimums, lengths), which typia's `is` over the generated types lets through.
import { createRng } from "./prng.js";
import { ANNOTATIONS, discriminatedBranches, isDiscriminated, resolve } from "./schema.js";

const jsonType = (v) => (v === null ? "null" : Array.isArray(v) ? "array" : Number.isInteger(v) ? "integer" : typeof v);
const isObject = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
const constrains = (node) => Object.keys(node).some((k) => !ANNOTATIONS.has(k));

/** JSON types a schema can accept, when it says so plainly; undefined when it does not. */
function acceptedTypes(defs, node) {
  node = resolve(defs, node);
  if ("const" in node) return new Set([jsonType(node.const)]);
  if (Array.isArray(node.enum)) return new Set(node.enum.map(jsonType));
  if (isDiscriminated(node)) return new Set(["object"]);
  if (Array.isArray(node.anyOf)) {
    const all = new Set();
    for (const branch of node.anyOf) {
      const types = acceptedTypes(defs, branch);
      if (!types) return undefined;
      types.forEach((t) => all.add(t));
    }
    return all;
  }
  if (typeof node.type === "string") return new Set([node.type]);
  return undefined;
}

/**
 * Every place in `value` where the schema pins something down: `{ path, node, accepts, required? }`.
 * Follows discriminators to the branch the value selects; stops at open-ended parts.
 */
function places(defs, node, value, path, out) {
  node = resolve(defs, node);
  if (isDiscriminated(node)) {
    if (!isObject(value)) return;
    const tag = value[node.discriminator.propertyName];
    const branch = discriminatedBranches(defs, node).find((b) => b.value.includes(tag));
    if (branch) places(defs, branch.schema, value, path, out);
    return;
  }
  const accepts = acceptedTypes(defs, node);
  if (accepts) out.push({ path, node, accepts });
  if (Array.isArray(node.anyOf) || !accepts) return;
  if (node.type === "object" && isObject(value)) {
    const required = new Set(node.required ?? []);
    for (const [key, property] of Object.entries(node.properties ?? {})) {
      if (!(key in value)) continue;
      if (required.has(key) && constrains(resolve(defs, property))) out.push({ path: [...path, key], node: property, required: true, removable: true });
      places(defs, property, value[key], [...path, key], out);
    }
  }
  if (node.type === "array" && Array.isArray(value) && node.items) value.forEach((item, i) => places(defs, node.items, item, [...path, i], out));
}

const REPLACEMENTS = [12345, "oops", true, { oops: 1 }];

function setAt(root, path, update) {
  if (path.length === 0) return update(root);
  let parent = root;
  for (const key of path.slice(0, -1)) parent = parent[key];
  const last = path[path.length - 1];
  const next = update(parent[last]);
  if (next === REMOVE) delete parent[last];
  else parent[last] = next;
  return root;
}
const REMOVE = Symbol("remove");

/** The kinds of breakage, each `(event, places, rng) → broken event | undefined` (undefined: this event has no such place). */
const KINDS = {
  "unknown event type": (e, _p, rng) => ({ ...e, type: `${e.type}${rng.pick(["s", ".v2", "_x"])}` }),
  "missing type": (e) => {
    const { type, ...rest } = e;
    return rest;
  },
  "type not a string": (e) => ({ ...e, type: 17 }),
  "missing required field": (e, p, rng) => pickAndApply(e, p.filter((x) => x.removable && x.path.length === 1 && x.path[0] !== "type"), rng, () => REMOVE),
  "wrong JSON type": (e, p, rng) => pickAndApply(e, p.filter((x) => x.accepts && x.path.length === 1 && x.path[0] !== "type"), rng, (x) => wrongType(x.accepts, rng)),
  "wrong JSON type, nested": (e, p, rng) => pickAndApply(e, p.filter((x) => x.accepts && x.path.length >= 2), rng, (x) => wrongType(x.accepts, rng)),
  "missing required field, nested": (e, p, rng) => pickAndApply(e, p.filter((x) => x.removable && x.path.length >= 2), rng, () => REMOVE),
  "wrong constant, nested": (e, p, rng) => pickAndApply(e, p.filter((x) => x.path.length >= 2 && "const" in resolveNode(x) && typeof resolveNode(x).const === "string"), rng, (x) => `${resolveNode(x).const}_x`),
  "not an object": (_e, _p, rng) => rng.pick([null, [], "response.audio.delta", 42]),
};
const CONSTRAINT_KINDS = {
  "integer above int32": (e, p, rng) => pickAndApply(e, p.filter((x) => resolveNode(x).maximum === 2147483647), rng, () => 2147483648),
  "non-integer number": (e, p, rng) => pickAndApply(e, p.filter((x) => resolveNode(x).type === "integer"), rng, () => 1.5),
  "number below minimum": (e, p, rng) => pickAndApply(e, p.filter((x) => resolveNode(x).minimum === 0), rng, () => -1),
  "string below minLength": (e, p, rng) => pickAndApply(e, p.filter((x) => resolveNode(x).minLength > 0), rng, () => ""),
};

let currentDefs;
const resolveNode = (place) => resolve(currentDefs, place.node);

function wrongType(accepts, rng) {
  const candidates = REPLACEMENTS.filter((r) => {
    const t = jsonType(r);
    return !accepts.has(t) && !(t === "integer" && accepts.has("number"));
  });
  return structuredClone(rng.pick(candidates));
}

let lastPath;
function pickAndApply(event, candidates, rng, replacement) {
  if (candidates.length === 0) return undefined;
  const place = rng.pick(candidates);
  lastPath = place.path;
  return setAt(structuredClone(event), place.path, () => replacement(place));
}

function breakEvents(kinds, bundle, union, valid, count, seed, { allKinds }) {
  currentDefs = bundle.defs;
  const rng = createRng(seed);
  const root = { $ref: `#/$defs/${union}` };
  let names = Object.keys(kinds);
  const out = [];
  const misses = new Map();
  while (out.length < count) {
    if (names.length === 0) throw new Error("no kind of breakage applies to this stream");
    const kind = names[out.length % names.length];
    const base = rng.pick(valid);
    const found = [];
    places(bundle.defs, root, base, [], found);
    lastPath = undefined;
    const broken = kinds[kind](base, found, rng);
    if (broken !== undefined) {
      out.push({ kind, event: broken, baseType: base.type, path: lastPath ? `/${lastPath.join("/")}` : "" });
      continue;
    }
    misses.set(kind, (misses.get(kind) ?? 0) + 1);
    if (misses.get(kind) > 2000) {
      if (allKinds) throw new Error(`no event of the stream offers a place for "${kind}"`);
      names = names.filter((n) => n !== kind);
    }
  }
  return out;
}

/** `count` invalid server events every contender must reject, kinds in equal shares, bases drawn from the stream. */
export const invalidEvents = (bundle, valid, count, seed) => breakEvents(KINDS, bundle, "ServerEvent", valid, count, seed, { allKinds: true });
/** `count` events that break only value constraints (ranges, integers, lengths); kinds the stream offers no place for are left out. */
export const constraintViolations = (bundle, valid, count, seed) => breakEvents(CONSTRAINT_KINDS, bundle, "ServerEvent", valid, count, seed, { allKinds: false });
