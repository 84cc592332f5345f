// Mutations derived from the schema, applied to every example in every API version:
// each must give exactly the one error the schema implies, at the mutated path, with
// a one-line parse message naming the event type and the path; or, for changes the
// schema allows, no error at all. See support/mutations.ts for how they are derived.
import { isDeepStrictEqual } from "node:util";
import { describe, expect, it } from "vitest";
import { exampleFor, type WireObject } from "./examples/index.js";
import { eventVariants } from "./support/event-variants.js";
import {
  type Direction,
  directions,
  type GeneratedVersion,
  loadAllVersions,
  type Mode,
  unionName,
  type Validator,
  validatorFor,
} from "./support/generated.js";
import { deriveMutations, type Expectation, type ExpectedError, type Mutation, mutationKinds, pointer } from "./support/mutations.js";
import { isPlainObject } from "./support/schema-walk.js";

const generated = await loadAllVersions();
const subject: Record<Direction, string> = { server: "server event", client: "client event" };

/** What a test observes for one mutated event, in the shape of the expectation. */
interface Observation {
  mutation: string;
  /** The direction's union validator and the event's own validator, in both modes: `accepted` or one line per error. */
  validators: Record<`${"union" | "own"} ${Mode}`, string>;
  /** `parseServerEvent` / `parseClientEvent` on the mutated event's JSON text, per mode: `accepted` or the rejection's path and message. */
  parsed: Record<Mode, "accepted" | { path?: string; message: string }>;
  inputUnchanged: boolean;
}

function observe(
  version: GeneratedVersion,
  direction: Direction,
  definition: string,
  mutation: Mutation,
  example: WireObject,
): Observation {
  const mutated = mutation.apply(example);
  const before = structuredClone(mutated);
  const run = (mode: Mode, name: string) => verdictOf(validatorFor(version, mode, name), mutated);
  const parse = (mode: Mode) => {
    const result = version.parsers[mode][direction](JSON.stringify(mutated));
    return result.ok ? "accepted" : { path: result.error.path, message: result.error.message };
  };
  return {
    mutation: mutation.label,
    validators: {
      "union spec": run("spec", unionName[direction]),
      "union strict": run("strict", unionName[direction]),
      "own spec": run("spec", definition),
      "own strict": run("strict", definition),
    },
    parsed: { spec: parse("spec"), strict: parse("strict") },
    inputUnchanged: isDeepStrictEqual(mutated, before),
  };
}

function expected(mutation: Mutation): Observation {
  const verdict = (expectation: Expectation) => (expectation === "accepted" ? "accepted" : errorLine(expectation.error));
  const parsed = (expectation: Expectation) =>
    expectation === "accepted" ? "accepted" : { path: expectation.path, message: expectation.message };
  const [spec, strict] = [verdict(mutation.spec), verdict(mutation.strict)];
  return {
    mutation: mutation.label,
    validators: { "union spec": spec, "union strict": strict, "own spec": spec, "own strict": strict },
    parsed: { spec: parsed(mutation.spec), strict: parsed(mutation.strict) },
    inputUnchanged: true,
  };
}

/** `accepted`, or the errors one per line: more than one line is itself a failure (validators stop at the first error). */
function verdictOf(validator: Validator, value: unknown): string {
  if (validator(value)) return "accepted";
  return (validator.errors ?? []).map(errorLine).join("\n");
}

/** The parts of an error the expectation states; schemaPath and message are AJV's business. */
function errorLine({ keyword, instancePath, params }: ExpectedError): string {
  const sortedParams = Object.fromEntries(Object.entries(params).sort(([a], [b]) => a.localeCompare(b)));
  return `${keyword} at "${instancePath}" ${JSON.stringify(sortedParams)}`;
}

let mutationCount = 0;
/** How many mutations of each kind were derived, over every example of every version. */
const mutationsPerKind = new Map<string, number>();

/**
 * Values the schema leaves open (a tool's JSON Schema parameters, an `unknown` annotation,
 * an invocation's free-form data): the walk has no schema to descend with, so nothing
 * inside them is mutated. Listed here, not taken from the walk, so a walk that stops
 * short cannot excuse itself.
 */
const openValues = [
  /^\/(response|session)\/tools\/\d+\/parameters\//,
  /^\/item\/tools\/\d+\/(input_schema|annotations)\//,
  /^\/annotation\//,
  /^\/delta\/data\//,
];

/** The JSON Pointer of every property of the example, at every depth, array items passed through. */
function propertyPointers(value: unknown, path: string[] = []): string[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => propertyPointers(item, [...path, String(index)]));
  if (!isPlainObject(value)) return [];
  return Object.entries(value).flatMap(([key, child]) => [pointer([...path, key]), ...propertyPointers(child, [...path, key])]);
}

describe.each(generated)("API version $version", (version) => {
  for (const direction of directions) {
    for (const { type, definition } of eventVariants(version.schema, direction)) {
      const example = exampleFor(direction, type, version.version);
      if (!example) continue; // examples.test.ts fails for it
      const mutations = deriveMutations(
        version.schema,
        version.schema.$defs[unionName[direction]]!,
        example,
        subject[direction],
        direction === "server" ? { apiVersion: version.version } : undefined,
      );
      mutationCount += mutations.length + 1;
      for (const mutation of mutations) mutationsPerKind.set(mutation.kind, (mutationsPerKind.get(mutation.kind) ?? 0) + 1);

      describe(`${direction} event ${type}`, () => {
        // One test per kind: a failure lists every mutation of that kind that went wrong, and only those differ in the diff.
        for (const [kind, outcome] of Object.entries(mutationKinds)) {
          const ofKind = mutations.filter((mutation) => mutation.kind === kind);
          if (ofKind.length === 0) continue;
          it(`${outcome} (${ofKind.length} mutations)`, () => {
            expect(ofKind.map((mutation) => observe(version, direction, definition, mutation, example))).toEqual(ofKind.map(expected));
          });
        }

        it("deletes every property of the example at every depth, but inside values the schema leaves open", () => {
          const deleted = new Set(mutations.filter((mutation) => mutation.kind.startsWith("delete ")).map((mutation) => pointer(mutation.path)));
          const notDeleted = propertyPointers(example).filter((at) => !deleted.has(at) && !openValues.some((open) => open.test(at)));
          expect(notDeleted, "properties no mutation deletes").toEqual([]);
        });

        it("an unknown type is an unknown-type rejection naming the type and the version", () => {
          const text = JSON.stringify({ ...example, type: "no.such.event" });
          for (const mode of ["spec", "strict"] as const) {
            const result = version.parsers[mode][direction](text);
            expect(result.ok).toBe(false);
            if (result.ok) continue;
            expect(result.error.kind).toBe("unknown-type");
            expect(result.error.type).toBe("no.such.event");
            expect(result.error.message).toBe(`unknown ${subject[direction]} type "no.such.event" for API version ${version.version}`);
            expect(result.error.errors).toHaveLength(1);
            expect(result.error.errors[0]).toMatchObject({
              keyword: "discriminator",
              instancePath: "",
              params: { error: "mapping", tag: "type", tagValue: "no.such.event" },
            });
          }
        });
      });
    }
  }
});

// The brief's own example, spelt out, so the message format is pinned in plain sight.
describe("parse messages, spelt out", () => {
  const newest = generated.at(-1)!;
  const delta = exampleFor("server", "response.audio.delta", newest.version)!;
  const parse = newest.parsers.spec.server;

  it("a wrong type names the event type, the path and the expected type", () => {
    const result = parse(JSON.stringify({ ...delta, content_index: "0" }));
    expect(result).toMatchObject({ ok: false, error: { kind: "invalid", type: "response.audio.delta", path: "/content_index" } });
    expect(!result.ok && result.error.message).toBe("response.audio.delta: /content_index must be an integer");
  });

  it("an int32 past its range names the bound", () => {
    const result = parse(JSON.stringify({ ...delta, content_index: 2 ** 31 }));
    expect(!result.ok && result.error.message).toBe("response.audio.delta: /content_index must be <= 2147483647");
  });

  it("a missing property is named by its full path", () => {
    const { item_id: _, ...withoutItemId } = delta;
    expect(parse(JSON.stringify(withoutItemId))).toMatchObject({
      ok: false,
      error: { kind: "invalid", path: "/item_id", message: "response.audio.delta: /item_id is required" },
    });
  });

  it("strict mode names the unknown property; spec mode lets it through", () => {
    const text = JSON.stringify({ ...delta, extra_field: 1 });
    expect(parse(text).ok).toBe(true);
    expect(newest.parsers.strict.server(text)).toMatchObject({
      ok: false,
      error: { kind: "invalid", path: "/extra_field", message: "response.audio.delta: /extra_field is not a known property (strict mode)" },
    });
  });

  it("an event without a type is named by the subject", () => {
    const { type: _, ...untyped } = delta;
    expect(parse(JSON.stringify(untyped))).toMatchObject({
      ok: false,
      error: { kind: "invalid", message: "server event: /type is required" },
    });
  });
});

// Guards the derivation itself: if it silently produced nothing, every test above would pass vacuously.
it("derives mutations for every example", () => {
  expect(mutationCount).toBeGreaterThan(1000);
});

it("derives mutations of every kind", () => {
  const kinds = Object.keys(mutationKinds);
  expect(kinds.filter((kind) => !mutationsPerKind.has(kind)), "kinds never derived").toEqual([]);
  expect([...mutationsPerKind.keys()].sort()).toEqual([...kinds].sort());
});
