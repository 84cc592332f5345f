import { createHash } from "node:crypto";
import { definitionName } from "../json-schema/pointers.js";
import type { JsonSchema } from "../json-schema/type-schemas.js";

/** The definitions of a bundle, keyed by what they mean, in the order to compile them. */
export interface DefinitionKeys {
  /** Per definition, a key that two bundles share exactly when the definition and everything it refers to are the same. */
  readonly keys: ReadonlyMap<string, string>;
  /** The definitions each one refers to by `$ref`, by name. */
  readonly references: ReadonlyMap<string, readonly string[]>;
  /**
   * Every definition, dependencies first; the members of a reference cycle together,
   * by name. Compiled in this order, a definition's code depends only on its key.
   */
  readonly order: readonly string[];
  /** The definitions on a reference cycle (through themselves or others). */
  readonly cyclic: ReadonlySet<string>;
}

/**
 * Content keys for a bundle's `$defs`, so that versions can share the work on the
 * definitions they have in common: a key hashes the definition's name and schema and
 * the keys of the definitions it refers to. Definitions on a reference cycle (a
 * strongly connected component of the reference graph) are hashed as one group.
 */
export function definitionKeys(definitions: Readonly<Record<string, JsonSchema>>): DefinitionKeys {
  const names = Object.keys(definitions).sort();
  const references = new Map(names.map((name) => [name, referencedDefinitions(definitions[name]!, definitions)]));
  const keys = new Map<string, string>();
  const order: string[] = [];
  const cyclic = new Set<string>();
  for (const group of referenceCycles(names, references)) {
    if (group.length > 1 || references.get(group[0]!)!.includes(group[0]!)) for (const name of group) cyclic.add(name);
    const hash = createHash("sha256");
    for (const name of group) {
      hash.update(`${name}\u0000${JSON.stringify(definitions[name])}\u0000`);
      for (const target of references.get(name)!) if (!group.includes(target)) hash.update(`${target}=${keys.get(target)}\u0000`);
    }
    const groupHash = hash.digest("hex");
    for (const name of group) {
      keys.set(name, `${KEY_SCHEME}${createHash("sha256").update(`${groupHash}\u0000${name}`).digest("hex")}`);
      order.push(name);
    }
  }
  return { keys, references, order, cyclic };
}

/** The URI scheme of definition keys: AJV registers each definition under its key (ajv/standalone-compiler.ts). */
export const KEY_SCHEME = "wire-definition:";

/** The names of the definitions a schema refers to, sorted. A `$ref` to anything else is an emitter bug. */
function referencedDefinitions(schema: JsonSchema, definitions: Readonly<Record<string, JsonSchema>>): string[] {
  const found = new Set<string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) for (const item of node) visit(item);
    else if (node !== null && typeof node === "object") {
      for (const [keyword, value] of Object.entries(node)) {
        if (keyword === "$ref" && typeof value === "string") {
          const name = definitionName(value);
          if (name === undefined || !(name in definitions)) throw new Error(`validators: unresolved $ref ${value}`);
          found.add(name);
        } else visit(value);
      }
    }
  };
  visit(schema);
  return [...found].sort();
}

/**
 * The strongly connected components of the reference graph (Tarjan's algorithm,
 * iterative so that a deep graph cannot exhaust the stack), each sorted by name, in
 * an order where every component comes after the components it refers to.
 */
function referenceCycles(names: readonly string[], references: ReadonlyMap<string, readonly string[]>): string[][] {
  const index = new Map<string, number>();
  const lowLink = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const groups: string[][] = [];
  for (const root of names) {
    if (index.has(root)) continue;
    const frames: { name: string; next: number }[] = [];
    const enter = (name: string) => {
      index.set(name, index.size);
      lowLink.set(name, index.get(name)!);
      stack.push(name);
      onStack.add(name);
      frames.push({ name, next: 0 });
    };
    enter(root);
    while (frames.length > 0) {
      const frame = frames[frames.length - 1]!;
      const targets = references.get(frame.name)!;
      if (frame.next < targets.length) {
        const target = targets[frame.next++]!;
        if (!index.has(target)) enter(target);
        else if (onStack.has(target)) lowLink.set(frame.name, Math.min(lowLink.get(frame.name)!, index.get(target)!));
        continue;
      }
      frames.pop();
      const caller = frames[frames.length - 1];
      if (caller) lowLink.set(caller.name, Math.min(lowLink.get(caller.name)!, lowLink.get(frame.name)!));
      if (lowLink.get(frame.name) !== index.get(frame.name)) continue;
      const group: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        group.push(member);
      } while (member !== frame.name);
      groups.push(group.sort());
    }
  }
  return groups;
}
