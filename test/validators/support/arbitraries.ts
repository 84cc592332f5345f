// fast-check arbitraries over the examples: a valid event of some version, changed at
// a random position the schema walk found, or given a key named like a prototype slot.
import fc from "fast-check";
import { exampleFor, type WireObject } from "../examples/index.js";
import { eventVariants } from "./event-variants.js";
import { type Direction, directions, type GeneratedVersion, unionName } from "./generated.js";
import { type SchemaSite, walkExample } from "./schema-walk.js";

/** One example in the context of one API version. */
export interface ExampleCase {
  version: string;
  direction: Direction;
  type: string;
  definition: string;
  example: WireObject;
  /** Every position of the example, with its schema. */
  sites: SchemaSite[];
}

export function exampleCases(generated: readonly GeneratedVersion[]): ExampleCase[] {
  return generated.flatMap((version) =>
    directions.flatMap((direction) =>
      eventVariants(version.schema, direction).flatMap(({ type, definition }) => {
        const example = exampleFor(direction, type, version.version);
        if (!example) return []; // examples.test.ts fails for it
        const sites = walkExample(version.schema, version.schema.$defs[unionName[direction]]!, example);
        // fast-check prints counterexamples with this, instead of the whole schema walk.
        const print = () => `${version.version} ${direction} event ${JSON.stringify(example)}`;
        return [{ version: version.version, direction, type, definition, example, sites, [fc.toStringMethod]: print }];
      }),
    ),
  );
}

/** A changed copy of an example: one value replaced, one property deleted, or one added. */
export interface MutatedCase {
  from: ExampleCase;
  value: unknown;
  /** What was done, for the counterexample fast-check prints. */
  change: string;
}

export function mutatedExamples(cases: readonly ExampleCase[]): fc.Arbitrary<MutatedCase> {
  const change = fc.oneof(
    fc.record({ op: fc.constant("replace" as const), value: fc.jsonValue({ maxDepth: 3 }) }),
    fc.record({ op: fc.constant("delete" as const) }),
    fc.record({ op: fc.constant("insert" as const), key: fc.string({ maxLength: 12 }), value: fc.jsonValue({ maxDepth: 2 }) }),
  );
  return fc.tuple(fc.constantFrom(...cases), fc.nat(), change).map(([from, index, edit]) => {
    const site = from.sites[index % from.sites.length]!;
    const value = structuredClone(from.example) as Record<string, unknown>;
    const { path } = site;
    if (edit.op === "insert") {
      if (!site.object) return { from, value, change: "none" };
      // Defined, not assigned: a key `__proto__` must become an own property, as JSON.parse makes it.
      Object.defineProperty(nodeAt(value, path), edit.key, { value: edit.value, enumerable: true, configurable: true, writable: true });
      return { from, value, change: `insert ${JSON.stringify(edit.key)} at /${path.join("/")}` };
    }
    if (path.length === 0) return { from, value, change: "none" }; // replacing the root is the arbitrary-JSON property
    const parent = nodeAt(value, path.slice(0, -1));
    const last = path.at(-1)!;
    if (edit.op === "replace") parent[last] = edit.value;
    else if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete parent[last];
    return { from, value, change: `${edit.op} /${path.join("/")}` };
  });
}

function nodeAt(root: unknown, path: readonly string[]): Record<string, unknown> {
  return path.reduce((node, segment) => (node as Record<string, unknown>)[segment], root) as Record<string, unknown>;
}

/** Own keys that would reach an object's prototype if a parser assigned them naively. */
export const prototypeKeys = ["__proto__", "constructor", "prototype"] as const;

/**
 * An example with a prototype-named key added at an object that lists its
 * properties, built through `JSON.parse` so that `__proto__` is an own key, as it
 * is for every message read off the socket.
 */
export function examplesWithPrototypeKeys(cases: readonly ExampleCase[]) {
  const placeholder = "\u0000placeholder\u0000";
  return fc
    .tuple(fc.constantFrom(...cases), fc.nat(), fc.constantFrom(...prototypeKeys), fc.jsonValue({ maxDepth: 2 }))
    .map(([from, index, key, added]) => {
      const objects = from.sites.filter((site) => site.object?.closable);
      const site = objects[index % objects.length]!;
      const copy = structuredClone(from.example);
      nodeAt(copy, site.path)[placeholder] = added;
      const text = JSON.stringify(copy).replace(JSON.stringify(placeholder), JSON.stringify(key));
      return { from, key, path: site.path, text };
    });
}
