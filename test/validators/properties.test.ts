// Properties every union validator and parser must keep, whatever it is fed:
// arbitrary JSON, absurdly deep or large values, keys named like prototype slots,
// and randomly damaged examples. None may throw, change its input, or accept an
// object without a known event `type` of its own. Run counts are kept moderate: the
// file must stay well under 30 s.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { exampleFor } from "./examples/index.js";
import { exampleCases, examplesWithPrototypeKeys, mutatedExamples } from "./support/arbitraries.js";
import { eventVariants } from "./support/event-variants.js";
import {
  type Direction,
  directions,
  loadAllVersions,
  type Mode,
  modes,
  type Parser,
  unionName,
  type Validator,
  validatorFor,
} from "./support/generated.js";
import { isPlainObject } from "./support/schema-walk.js";

const generated = await loadAllVersions();
const cases = exampleCases(generated);

/** One union validator and the parser built on it. */
interface Target {
  label: string;
  version: string;
  direction: Direction;
  mode: Mode;
  validate: Validator;
  parse: Parser;
  knownTypes: ReadonlySet<string>;
}

const targets: Target[] = generated.flatMap((version) =>
  directions.flatMap((direction) =>
    modes.map((mode) => ({
      label: `${version.version} ${mode} ${unionName[direction]}`,
      version: version.version,
      direction,
      mode,
      validate: validatorFor(version, mode, unionName[direction]),
      parse: version.parsers[mode][direction],
      knownTypes: new Set(eventVariants(version.schema, direction).map(({ type }) => type)),
    })),
  ),
);

const allKnownTypes = [...new Set(targets.flatMap((target) => [...target.knownTypes]))].sort();
const rejectionKinds = ["invalid-json", "unknown-type", "unknown-variant", "invalid"];

function hasKnownType(value: unknown, target: Target): boolean {
  return isPlainObject(value) && Object.hasOwn(value, "type") && typeof value.type === "string" && target.knownTypes.has(value.type);
}

/**
 * Runs every union validator on `value`. Fails if one throws, changes the value,
 * or accepts it without a known `type`. Returns the verdicts, by target label.
 */
function validateEverywhere(value: unknown): Map<string, boolean> {
  // JSON text as the snapshot: fast-check builds some objects without a prototype, which a clone would not keep.
  const before = JSON.stringify(value);
  const verdicts = new Map<string, boolean>();
  for (const target of targets) {
    const accepted = target.validate(value);
    if (accepted) expect(hasKnownType(value, target), `${target.label} accepted a value without a known type`).toBe(true);
    verdicts.set(target.label, accepted);
  }
  expect(JSON.stringify(value)).toBe(before);
  return verdicts;
}

/** Runs every parser on `text`: never a throw, a known type when ok, a known kind and a message when not. */
function parseEverywhere(text: string): void {
  for (const target of targets) {
    const result = target.parse(text);
    if (result.ok) {
      expect(hasKnownType(result.event, target), `${target.label} parsed an event without a known type`).toBe(true);
    } else {
      expect(rejectionKinds).toContain(result.error.kind);
      expect(result.error.message).toEqual(expect.any(String));
    }
  }
}

/** `Object.prototype` as it is now, to show that no input reached it. */
function prototypeSnapshot(): string[] {
  return Object.getOwnPropertyNames(Object.prototype).sort();
}

describe("arbitrary input", () => {
  it("arbitrary JSON values: no throw, no change, nothing accepted without a known type", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        validateEverywhere(value);
        parseEverywhere(JSON.stringify(value));
      }),
      { numRuns: 300 },
    );
  });

  it("arbitrary text: the parsers never throw", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: "binary" }), fc.json()), (text) => parseEverywhere(text)),
      { numRuns: 300 },
    );
  });

  it("objects with a known type and arbitrary other fields: validators, parsers and modes agree", () => {
    const event = fc
      .tuple(fc.constantFrom(...allKnownTypes), fc.dictionary(fc.string({ maxLength: 16 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 4 }))
      .map(([type, fields]) => ({ ...fields, type }));
    fc.assert(
      fc.property(event, (value) => {
        const verdicts = validateEverywhere(value);
        const text = JSON.stringify(value);
        for (const target of targets) {
          // The parser is the validator behind JSON.parse: the same verdict.
          expect(target.parse(text).ok, target.label).toBe(verdicts.get(target.label));
          // Strict mode only adds rejections.
          if (target.mode === "strict" && verdicts.get(target.label)) {
            expect(verdicts.get(target.label.replace(" strict ", " spec ")), target.label).toBe(true);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it("a valid example whose type is replaced by anything unknown is rejected by every validator", () => {
    const unknownType = fc.oneof(
      fc.string().filter((type) => !allKnownTypes.includes(type)),
      fc.jsonValue({ maxDepth: 1 }).filter((type) => typeof type !== "string"),
      fc.constantFrom("constructor", "__proto__", "toString", "hasOwnProperty", "prototype", "valueOf"),
    );
    fc.assert(
      fc.property(fc.constantFrom(...cases), unknownType, ({ example }, type) => {
        const value = { ...example, type };
        for (const accepted of validateEverywhere(value).values()) expect(accepted).toBe(false);
        parseEverywhere(JSON.stringify(value));
      }),
      { numRuns: 200 },
    );
  });

  it("a valid example without a type is rejected by every validator", () => {
    for (const { example } of cases) {
      const { type: _, ...untyped } = example;
      for (const accepted of validateEverywhere(untyped).values()) expect(accepted).toBe(false);
    }
  });
});

describe("deep nesting", () => {
  /** `depth` arrays or objects inside each other, around `leaf`. */
  function nest(depth: number, kind: "array" | "object", leaf: unknown): unknown {
    let value = leaf;
    for (let level = 0; level < depth; level += 1) value = kind === "array" ? [value] : { nested: value };
    return value;
  }
  const deep = fc.tuple(
    fc.integer({ min: 900, max: 1100 }),
    fc.constantFrom("array" as const, "object" as const),
    fc.jsonValue({ maxDepth: 1 }),
  );

  it("a value ~1000 levels deep: no throw, no change, rejected", () => {
    fc.assert(
      fc.property(deep, ([depth, kind, leaf]) => {
        const value = nest(depth, kind, leaf);
        for (const accepted of validateEverywhere(value).values()) expect(accepted).toBe(false);
        parseEverywhere(JSON.stringify(value));
      }),
      { numRuns: 20 },
    );
  });

  it("~1000 levels deep inside events, where the schema is open and where it is typed", () => {
    const newest = generated.at(-1)!.version;
    fc.assert(
      fc.property(deep, ([depth, kind, leaf]) => {
        const nested = nest(depth, kind, leaf);
        // `delta` is an open record: anything goes, however deep.
        const passthrough = { ...exampleFor("server", "response.invocation.delta", newest)!, delta: { payload: nested } };
        // `tools` must hold tool objects: the first level already fails.
        const session = exampleFor("client", "session.update", newest)!;
        const typed = { ...session, session: { ...(session.session as object), tools: [nested] } };
        for (const value of [passthrough, typed]) {
          validateEverywhere(value);
          parseEverywhere(JSON.stringify(value));
        }
        expect(validatorFor(generated.at(-1)!, "strict", "ServerEvent")(passthrough)).toBe(true);
        expect(validatorFor(generated.at(-1)!, "spec", "ClientEvent")(typed)).toBe(false);
      }),
      { numRuns: 10 },
    );
  });

  it("JSON text nested 100,000 deep: the parsers answer instead of throwing", () => {
    const depth = 100_000;
    for (const text of [
      "[".repeat(depth) + "]".repeat(depth),
      `{"type":"response.invocation.delta","delta":{"a":${"[".repeat(depth)}${"]".repeat(depth)}}}`,
    ]) {
      parseEverywhere(text);
    }
  });
});

describe("huge strings", () => {
  const megabytes = (count: number, unit = "A") => unit.repeat(count * 1024 * 1024);

  it("a 4 MB audio delta is accepted wherever response.audio.delta is known, untouched", () => {
    const delta = { ...exampleFor("server", "response.audio.delta", generated[0]!.version)!, delta: megabytes(4) };
    const verdicts = validateEverywhere(delta);
    for (const target of targets) {
      expect(verdicts.get(target.label), target.label).toBe(target.direction === "server");
    }
    const text = JSON.stringify(delta);
    for (const target of targets.filter(({ direction }) => direction === "server")) {
      const result = target.parse(text);
      expect(result.ok && (result.event as { delta: string }).delta.length).toBe(4 * 1024 * 1024);
    }
  });

  it("a 1 MB type, a 1 MB key and 1 MB of broken JSON are rejected without a throw", () => {
    const example = exampleFor("server", "input_audio_buffer.cleared", generated[0]!.version)!;
    const hugeType = { ...example, type: megabytes(1, "x") };
    for (const accepted of validateEverywhere(hugeType).values()) expect(accepted).toBe(false);
    parseEverywhere(JSON.stringify(hugeType));

    const hugeKey = { ...example, [megabytes(1, "k")]: 1 };
    const verdicts = validateEverywhere(hugeKey);
    for (const target of targets.filter(({ direction }) => direction === "server")) {
      expect(verdicts.get(target.label), target.label).toBe(target.mode === "spec");
    }
    parseEverywhere(JSON.stringify(hugeKey));
    parseEverywhere(`{"type":"${megabytes(1, "x")}`);
  });
});

describe("keys named like prototype slots", () => {
  it("__proto__, constructor and prototype as own keys: spec mode lets them through as unknown properties, strict mode rejects them, nothing is polluted", () => {
    const prototypeBefore = prototypeSnapshot();
    fc.assert(
      fc.property(examplesWithPrototypeKeys(cases), ({ from, key, path, text }) => {
        const value: unknown = JSON.parse(text);
        const node = path.reduce((current, segment) => (current as Record<string, unknown>)[segment], value) as object;
        expect(Object.hasOwn(node, key), "the key is an own property, as on the wire").toBe(true);
        const verdicts = validateEverywhere(value);
        const spec = targets.find(
          (target) => target.version === from.version && target.direction === from.direction && target.mode === "spec",
        )!;
        const strict = targets.find(
          (target) => target.version === from.version && target.direction === from.direction && target.mode === "strict",
        )!;
        expect(verdicts.get(spec.label)).toBe(true);
        expect(verdicts.get(strict.label)).toBe(false);
        expect(strict.validate.errors).toContainEqual(
          expect.objectContaining({
            keyword: "additionalProperties",
            instancePath: path.map((segment) => `/${segment}`).join(""),
            params: { additionalProperty: key },
          }),
        );
        parseEverywhere(text);
        const parsed = spec.parse(text);
        expect(
          parsed.ok &&
            Object.hasOwn(path.reduce((current, segment) => (current as Record<string, unknown>)[segment], parsed.event) as object, key),
        ).toBe(true);
      }),
      { numRuns: 200 },
    );
    expect(prototypeSnapshot()).toEqual(prototypeBefore);
    expect(({} as Record<string, unknown>).type).toBeUndefined();
  });

  it("a type hidden under an own __proto__ key is no type at all", () => {
    for (const target of targets) {
      const [known] = [...target.knownTypes];
      const text = `{"__proto__":{"type":${JSON.stringify(known)}}}`;
      const value: unknown = JSON.parse(text);
      expect(Object.hasOwn(value as object, "__proto__"), "JSON.parse makes __proto__ an own key").toBe(true);
      expect(target.validate(value), target.label).toBe(false);
      expect(target.parse(text)).toMatchObject({ ok: false, error: { kind: "invalid" } });
    }
  });
});

// Not JSON, but what a type guard over `unknown` may be handed: an object whose
// `type` (or a required field) comes from its prototype. `JSON.stringify` drops
// inherited properties, so accepting it would let an event without a type be sent.
describe("inherited properties", () => {
  it("an object whose type and required fields are inherited, not its own, is rejected", () => {
    for (const { version, direction, example } of cases) {
      const target = targets.find(
        (candidate) => candidate.version === version && candidate.direction === direction && candidate.mode === "spec",
      )!;
      expect(target.validate(Object.create(example)), `${target.label} ${example.type as string}`).toBe(false);
    }
  });
});

describe("randomly damaged examples", () => {
  it("no throw, no change; the union and the event's own validator agree; the parser agrees; strict only adds rejections", () => {
    fc.assert(
      fc.property(mutatedExamples(cases), ({ from, value }) => {
        const verdicts = validateEverywhere(value);
        const text = JSON.stringify(value);
        parseEverywhere(text);
        const version = generated.find((candidate) => candidate.version === from.version)!;
        for (const mode of modes) {
          const target = targets.find(
            (candidate) => candidate.version === from.version && candidate.direction === from.direction && candidate.mode === mode,
          )!;
          const accepted = verdicts.get(target.label)!;
          expect(target.parse(text).ok, `${target.label} parse`).toBe(accepted);
          const type = isPlainObject(value) ? value.type : undefined;
          if (type === from.type) expect(validatorFor(version, mode, from.definition)(value), `${mode} ${from.definition}`).toBe(accepted);
        }
        const [spec, strict] = modes.map((mode) => verdicts.get(`${from.version} ${mode} ${unionName[from.direction]}`));
        if (strict) expect(spec).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

// The parse message is documented as "one line naming the event type and the JSON
// path" (runtime/parse.d.ts): a line break in it would split a log record in two.
describe("rejection messages", () => {
  const lineBreak = fc.constantFrom("\n", "\r\n", "\u2028");
  const oneLine = expect.not.stringMatching(/[\r\n\u2028\u2029]/);

  it("stay on one line when the JSON text breaks lines", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 8 }), lineBreak, fc.string({ maxLength: 8 }), (before, lineEnd, after) => {
        const text = `{"type": ${before}${lineEnd}${after}`;
        for (const target of targets) {
          const result = target.parse(text);
          expect({ message: !result.ok && result.error.message }, target.label).toEqual({ message: oneLine });
        }
      }),
      { numRuns: 50 },
    );
  });

  it("stay on one line when an unknown property's name breaks lines (strict mode)", () => {
    fc.assert(
      fc.property(fc.constantFrom(...cases), fc.string({ maxLength: 8 }), lineBreak, ({ version, direction, example }, name, lineEnd) => {
        const target = targets.find(
          (candidate) => candidate.version === version && candidate.direction === direction && candidate.mode === "strict",
        )!;
        const result = target.parse(JSON.stringify({ ...example, [`${name}${lineEnd}`]: 1 }));
        expect({ message: !result.ok && result.error.message }, target.label).toEqual({ message: oneLine });
      }),
      { numRuns: 50 },
    );
  });
});
