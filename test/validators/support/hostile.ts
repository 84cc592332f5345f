// Values that are not plain JSON, built from JSON ones: properties behind getters
// (some of which throw), inherited from a prototype, hidden from enumeration; objects
// without a prototype or of another class; proxies, some of whose traps throw; and a
// polluted Object.prototype. A validator must answer on them as AJV does (with
// `ownProperties`), whatever it reads and in whatever order.
import fc from "fast-check";

/** Something done to one object or array of a value. */
export interface HostileOp {
  /** Which node, by index into the value's objects and arrays (modulo their count). */
  node: number;
  kind: HostileKind;
  /** Which key of the node the op is about (modulo its keys). */
  key: number;
  /** For a getter: answer with this value instead of the real one; for an edit, the new value. */
  replacement?: unknown;
  /** For an insert: the key added. */
  name?: string;
  /** For a proxy: which trap throws. */
  trap?: ProxyTrap;
}

export type HostileKind =
  // Edits of plain JSON, so that values come near valid from both sides.
  | "replace"
  | "delete"
  | "insert"
  // What JSON cannot express.
  | "getter"
  | "throwing getter"
  | "not enumerable"
  | "inherited"
  | "inherited getter"
  | "no prototype"
  | "class instance"
  | "proxy";

export type ProxyTrap = "none" | "get" | "getOwnPropertyDescriptor" | "has" | "ownKeys" | "getPrototypeOf";

const HOSTILE_KINDS: readonly HostileKind[] = ["getter", "throwing getter", "not enumerable", "inherited", "inherited getter", "no prototype", "class instance", "proxy"];
const EDITS: readonly HostileKind[] = ["replace", "delete", "insert"];

/**
 * Ops drawn cheaply (a few numbers and picks from fixed pools, no nested
 * generation), so that a run can afford a hundred thousand values: `values` are what
 * edits and getters put in, `names` the keys inserts add.
 */
export function hostileOps(values: readonly unknown[], names: readonly string[]): fc.Arbitrary<HostileOp[]> {
  const op = fc.record(
    {
      node: fc.nat(),
      kind: fc.oneof({ weight: 2, arbitrary: fc.constantFrom(...EDITS) }, { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_KINDS) }),
      key: fc.nat(),
      replacement: fc.oneof({ weight: 1, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: fc.constantFrom(...values) }),
      name: fc.constantFrom(...names),
      trap: fc.constantFrom<ProxyTrap>("none", "get", "getOwnPropertyDescriptor", "has", "ownKeys", "getPrototypeOf"),
    },
    { requiredKeys: ["node", "kind", "key"] },
  );
  return fc.array(op, { maxLength: 3 });
}

/** What every hostile getter and trap throws: one error, made once (a stack per throw would cost more than the checks). */
export const HOSTILE_READ = new Error("hostile read");

interface Node {
  value: object;
  depth: number;
  /** Puts a replacement where this node sits (its parent's property, or the root). */
  replace(replacement: object): void;
}

/**
 * A copy of the JSON value `json` with `ops` applied, deepest nodes first, and on one
 * node the ones that replace it (a prototype, a class) before the ones that change
 * its properties, and a proxy last. `json` itself is left alone.
 */
export function makeHostile(json: unknown, ops: readonly HostileOp[]): unknown {
  const holder = { root: structuredClone(json) as unknown };
  const nodes: Node[] = [];
  const collect = (value: unknown, depth: number, put: (replacement: object) => void) => {
    if (value === null || typeof value !== "object") return;
    const node: Node = {
      value,
      depth,
      replace(replacement) {
        put(replacement);
        node.value = replacement;
      },
    };
    nodes.push(node);
    for (const key of Object.keys(value)) {
      collect((value as Record<string, unknown>)[key], depth + 1, (replacement) => {
        (node.value as Record<string, unknown>)[key] = replacement;
      });
    }
  };
  collect(holder.root, 0, (replacement) => (holder.root = replacement));
  if (nodes.length === 0) return holder.root;
  const phase = (kind: HostileKind) => (EDITS.includes(kind) ? 0 : kind === "proxy" ? 3 : REPLACING.has(kind) ? 1 : 2);
  const planned = ops
    .map((op) => ({ op, node: nodes[op.node % nodes.length]! }))
    .sort((a, b) => b.node.depth - a.node.depth || phase(a.op.kind) - phase(b.op.kind));
  for (const { op, node } of planned) apply(node, op);
  return holder.root;
}

const REPLACING = new Set<HostileKind>(["inherited", "inherited getter", "no prototype", "class instance"]);

function apply(node: Node, op: HostileOp): void {
  const target = node.value;
  // A node that is already a proxy with a throwing trap is left as it is.
  if (!isReadable(target)) return;
  const keys = Reflect.ownKeys(target).filter((key): key is string => typeof key === "string" && !(Array.isArray(target) && key === "length"));
  const key = keys.length === 0 ? undefined : keys[op.key % keys.length]!;
  const current = key === undefined ? undefined : Reflect.getOwnPropertyDescriptor(target, key);
  const answer = op.replacement === undefined ? current?.value : op.replacement;
  switch (op.kind) {
    case "replace":
      if (key !== undefined) (target as Record<string, unknown>)[key] = structuredClone(op.replacement ?? null);
      return;
    case "delete":
      if (key === undefined) return;
      if (Array.isArray(target)) target.splice(Number(key), 1);
      else delete (target as Record<string, unknown>)[key];
      return;
    case "insert":
      // Defined, not assigned: `__proto__` must become an own key, as JSON.parse makes it.
      if (!Array.isArray(target)) Object.defineProperty(target, op.name ?? "extra_field", { value: structuredClone(op.replacement ?? null), enumerable: true, writable: true, configurable: true });
      return;
    case "getter":
    case "throwing getter":
      if (key === undefined || !current?.configurable) return;
      Object.defineProperty(target, key, {
        get: op.kind === "getter" ? () => answer : () => { throw HOSTILE_READ; },
        enumerable: current.enumerable ?? true,
        configurable: true,
      });
      return;
    case "not enumerable":
      if (key === undefined || !current?.configurable) return;
      Object.defineProperty(target, key, { ...current, enumerable: false });
      return;
    case "inherited":
    case "inherited getter": {
      if (key === undefined || Array.isArray(target) || !current) return;
      node.replace(copyOwn(target, Object.create(sharedPrototype(op.kind, key)), key));
      return;
    }
    case "no prototype":
      if (Array.isArray(target)) return;
      node.replace(copyOwn(target, Object.create(null)));
      return;
    case "class instance": {
      if (Array.isArray(target)) return;
      // An instance without the key of its own inherits it from the class's getter.
      const instance = Object.create(sharedPrototype("class instance", key ?? "")) as object;
      node.replace(copyOwn(target, instance, op.replacement === undefined ? undefined : key));
      return;
    }
    case "proxy":
      node.replace(new Proxy(target, proxyHandler(op.trap ?? "none", key)));
      return;
  }
}

function isReadable(target: object): boolean {
  try {
    for (const key of Reflect.ownKeys(target)) Reflect.getOwnPropertyDescriptor(target, key);
    Reflect.getPrototypeOf(target);
    return true;
  } catch {
    return false;
  }
}

/**
 * The prototype that lends `key`, one per kind and key for the whole run. Every
 * object that becomes a prototype is registered with Object.prototype by V8, and each
 * pollution then walks that registry: fresh prototypes per value would make every
 * pollution slower than the last. What an inherited key holds never matters: AJV
 * (with `ownProperties`) and the guards ignore it whatever it is.
 */
function sharedPrototype(kind: "inherited" | "inherited getter" | "class instance", key: string): object {
  const id = `${kind}:${key}`;
  let prototype = sharedPrototypes.get(id);
  if (prototype === undefined) {
    if (kind === "inherited") prototype = { [key]: "inherited" };
    else if (kind === "inherited getter") prototype = Object.defineProperty({}, key, { get: () => "inherited", enumerable: true });
    else {
      class Wire {}
      if (key !== "") Object.defineProperty(Wire.prototype, key, { get: () => "inherited", enumerable: false, configurable: true });
      prototype = Wire.prototype;
    }
    sharedPrototypes.set(id, prototype);
  }
  return prototype;
}
const sharedPrototypes = new Map<string, object>();

/** `target`'s own properties, descriptors and all, defined on `into`, but for `skip`. */
function copyOwn(target: object, into: object, skip?: string): object {
  for (const key of Reflect.ownKeys(target)) {
    if (key === skip) continue;
    Object.defineProperty(into, key, Reflect.getOwnPropertyDescriptor(target, key)!);
  }
  return into;
}

/** A forwarding proxy; the chosen trap throws, for `key` only where the trap is about one key. */
function proxyHandler(trap: ProxyTrap, key: string | undefined): ProxyHandler<object> {
  const fail = (): never => {
    throw HOSTILE_READ;
  };
  switch (trap) {
    case "none":
      return {};
    case "get":
      return { get: (target, property, receiver) => (property === key ? fail() : Reflect.get(target, property, receiver)) };
    case "getOwnPropertyDescriptor":
      return { getOwnPropertyDescriptor: (target, property) => (property === key ? fail() : Reflect.getOwnPropertyDescriptor(target, property)) };
    case "has":
      return { has: (target, property) => (property === key ? fail() : Reflect.has(target, property)) };
    case "ownKeys":
      return { ownKeys: () => fail() };
    case "getPrototypeOf":
      return { getPrototypeOf: () => fail() };
  }
}

/** One property added to Object.prototype for the length of one check. */
export interface Pollution {
  key: string;
  kind: "enumerable value" | "hidden value" | "getter" | "throwing getter";
  value: unknown;
}

/** Pollutions with keys drawn from `keys` (the names validators look up) and a few others. */
export function pollutions(keys: readonly string[], values: fc.Arbitrary<unknown>): fc.Arbitrary<Pollution[]> {
  const usable = keys.filter((key) => !(key in Object.prototype));
  const key = fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...usable) }, { weight: 1, arbitrary: fc.constantFrom("extra_field", "x", "0") });
  const pollution = fc.record({
    key,
    kind: fc.constantFrom<Pollution["kind"]>("enumerable value", "hidden value", "getter", "throwing getter"),
    value: values,
  });
  // Two cases in three run on a clean Object.prototype: every pollution makes V8 drop the code it compiled against it.
  return fc.oneof({ weight: 2, arbitrary: fc.constant<Pollution[]>([]) }, { weight: 1, arbitrary: fc.uniqueArray(pollution, { minLength: 1, maxLength: 3, selector: (entry) => entry.key }) });
}

/**
 * Runs `check` with `pollution` on Object.prototype and takes it off again, even when
 * `check` throws. Nothing else runs meanwhile: assertions come after.
 */
export function withPollution<T>(pollution: readonly Pollution[], check: () => T): T {
  const added: string[] = [];
  try {
    for (const { key, kind, value } of pollution) {
      if (Object.hasOwn(Object.prototype, key)) continue;
      added.push(key);
      Object.defineProperty(Object.prototype, key, descriptorOf(kind, value));
    }
    return check();
  } finally {
    // Last added, first deleted: V8 then takes Object.prototype back to its earlier shape instead of rebuilding it.
    for (const key of added.reverse()) delete (Object.prototype as Record<string, unknown>)[key];
  }
}

/** Without a prototype: `defineProperty` reads inherited fields too, and an earlier pollution may have added `value` or `get`. */
function descriptorOf(kind: Pollution["kind"], value: unknown): PropertyDescriptor {
  switch (kind) {
    case "enumerable value":
      return { __proto__: null, value, enumerable: true, writable: true, configurable: true } as PropertyDescriptor;
    case "hidden value":
      return { __proto__: null, value, enumerable: false, writable: true, configurable: true } as PropertyDescriptor;
    case "getter":
      return { __proto__: null, get: () => value, enumerable: true, configurable: true } as PropertyDescriptor;
    case "throwing getter":
      return {
        __proto__: null,
        get: () => {
          throw HOSTILE_READ;
        },
        enumerable: false,
        configurable: true,
      } as PropertyDescriptor;
  }
}

/** A check's answer, or that it threw. */
export type Outcome = boolean | "threw";

export function attempt(check: () => boolean): Outcome {
  try {
    return check();
  } catch {
    return "threw";
  }
}
