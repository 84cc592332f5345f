// The findings of issue 14, one block each, on the committed package: what a
// validator or parser does with input that is not plain JSON (a polluted
// Object.prototype, getters, non-string "text"), and what its messages say.
// hostile-agreement.test.ts checks the same ground at random, against AJV.
import Ajv from "ajv";
import { afterEach, describe, expect, it } from "vitest";
import { exampleFor, type WireObject } from "./examples/index.js";
import { apiVersions, type Direction, type Mode, modes, type Parser, type Validator } from "./support/generated.js";
import { emittedValidators } from "./support/emitted-module.js";

type Guard = (value: unknown) => boolean;
interface VersionModule {
  apiVersion: string;
  parseServerEvent: Parser;
  parseClientEvent: Parser;
  formatValidationErrors: (errors: unknown, value: unknown, context?: unknown) => string;
  [name: string]: unknown;
}

const modules: Record<string, Record<Mode, VersionModule>> = Object.fromEntries(
  await Promise.all(
    apiVersions.map(async (version) => [
      version,
      { spec: await import(`../../generated/${version}/index.js`), strict: await import(`../../generated/${version}/strict.js`) },
    ]),
  ),
);
const newest = apiVersions.at(-1)!;
const stable = "2026-04-10";

const union: Record<Direction, string> = { server: "ServerEvent", client: "ClientEvent" };
const guard = (module: VersionModule, name: string) => module[`is${name}`] as Guard;
const validator = (module: VersionModule, name: string) => module[`validate${name}`] as Validator;
const parser = (module: VersionModule, direction: Direction) => (direction === "server" ? module.parseServerEvent : module.parseClientEvent);

/** Every version, mode and direction, with the module's guard, validator and parser of the direction's union. */
const targets = apiVersions.flatMap((version) =>
  modes.flatMap((mode) =>
    (["server", "client"] as const).map((direction) => {
      const module = modules[version]![mode];
      return {
        label: `${version} ${mode} ${direction}`,
        version,
        direction,
        guard: guard(module, union[direction]),
        validate: validator(module, union[direction]),
        parse: parser(module, direction),
      };
    }),
  ),
);

/** What every union check says about `value`: the guard, the validator, and the parser on its JSON text. */
function verdicts(direction: Direction, value: unknown, text = JSON.stringify(value)) {
  return targets.filter((target) => target.direction === direction).map((target) => ({
    target: target.label,
    guard: target.guard(value),
    validate: target.validate(value),
    parse: target.parse(text).ok,
  }));
}

// Each test that touches Object.prototype restores it here too, so a failed assertion cannot leave it polluted.
const pollutedKeys = new Set<string>();
function pollute(key: string, value: unknown): void {
  pollutedKeys.add(key);
  (Object.prototype as Record<string, unknown>)[key] = value;
}
function restorePrototype(): void {
  for (const key of pollutedKeys) delete (Object.prototype as Record<string, unknown>)[key];
  pollutedKeys.clear();
}
afterEach(restorePrototype);

/** `object` with `key` turned into a getter: `get` is called on every read. */
function withGetter<T extends object>(object: T, key: string, get: () => unknown): T {
  return Object.defineProperty(object, key, { get, enumerable: true, configurable: true });
}
const throwing = () => {
  throw new Error("this getter must not be read");
};

describe("finding 1: inherited properties never satisfy required ones", () => {
  it('Object.prototype.type = "session.update": {"session":{}} is no client event', () => {
    pollute("type", "session.update");
    const value = JSON.parse('{"session":{}}');
    const seen = verdicts("client", value, '{"session":{}}');
    restorePrototype();
    expect(seen).toEqual(seen.map(({ target }) => ({ target, guard: false, validate: false, parse: false })));
  });

  it('Object.prototype.item_id = "x": a response.audio.delta without item_id is rejected', () => {
    const { item_id: _, ...withoutItemId } = exampleFor("server", "response.audio.delta", stable)!;
    pollute("item_id", "x");
    const seen = verdicts("server", withoutItemId);
    const message = modules[stable]!.spec.parseServerEvent(JSON.stringify(withoutItemId));
    restorePrototype();
    expect(seen).toEqual(seen.map(({ target }) => ({ target, guard: false, validate: false, parse: false })));
    expect(message).toMatchObject({ ok: false, error: { message: "response.audio.delta: /item_id is required" } });
  });

  it("an enumerable Object.prototype property is not an unknown property: strict guards still accept valid events", () => {
    const delta = exampleFor("server", "response.audio.delta", stable)!;
    pollute("extra_field", 1);
    const seen = verdicts("server", delta);
    restorePrototype();
    expect(seen).toEqual(seen.map(({ target }) => ({ target, guard: true, validate: true, parse: true })));
  });

  it("an object of another class with the event's fields as its own is an event, as AJV says: the guard agrees", () => {
    class Wire {
      constructor(fields: WireObject) {
        Object.assign(this, fields);
      }
    }
    const delta = new Wire(exampleFor("server", "response.audio.delta", stable)!);
    for (const target of targets.filter(({ direction }) => direction === "server")) {
      expect({ target: target.label, guard: target.guard(delta), validate: target.validate(delta) }).toEqual({
        target: target.label,
        guard: true,
        validate: true,
      });
    }
  });
});

describe("finding 2: guards read only what the schema constrains, required properties first", () => {
  it("values of an additionalProperties: {} map are never read", () => {
    const event = exampleFor("server", "response.invocation.delta", newest)!;
    const delta = withGetter({ ...(event.delta as object) }, "event", throwing);
    const value = { ...event, delta };
    for (const mode of modes) {
      const module = modules[newest]![mode];
      expect(guard(module, "ServerEvent")(value), mode).toBe(true);
      expect(validator(module, "ServerEvent")(value), mode).toBe(true);
    }
  });

  it("an optional property is not read before a missing required one is noticed", () => {
    const { item_id: _, ...withoutItemId } = exampleFor("server", "response.audio.delta", stable)!;
    const value = withGetter(withoutItemId, "event_id", throwing);
    for (const mode of modes) {
      const module = modules[stable]![mode];
      expect(() => guard(module, "ServerEvent")(value), mode).not.toThrow();
      expect(guard(module, "ServerEvent")(value), mode).toBe(false);
      expect(validator(module, "ServerEvent")(value), mode).toBe(false);
      expect(validator(module, "ServerEvent").errors, mode).toMatchObject([{ keyword: "required", params: { missingProperty: "item_id" } }]);
    }
  });

  it("a guard reads what AJV reads, in AJV's order: the first read of each property, logged through getters", async () => {
    const { module, schema } = await emittedValidators(`
      model Inner { b: string; a?: int32; }
      model Outer { z?: string; inner: Inner; y: int32; x?: Record<unknown>; }`);
    const reference = new Ajv.default({ allErrors: false, ownProperties: true, strict: false });
    reference.addSchema(schema);
    const ajv = reference.getSchema(`${schema.$id}#/$defs/Outer`)!;
    const logged = (log: string[]) => {
      const object = (path: string, fields: Record<string, unknown>) => {
        const target = {};
        for (const [key, value] of Object.entries(fields)) {
          withGetter(target, key, () => {
            log.push(`${path}/${key}`);
            return value;
          });
        }
        return target;
      };
      return object("", { z: "z", inner: object("/inner", { a: 1, b: "b" }), y: 1, x: object("/x", { deep: 1 }) });
    };
    const firstReads = (check: (value: unknown) => boolean) => {
      const log: string[] = [];
      expect(check(logged(log))).toBe(true);
      return [...new Set(log)];
    };
    expect(firstReads(module.isOuter!)).toEqual(firstReads(ajv));
  });
});

describe("finding 3: parse* never throws, and says what was wrong with the input", () => {
  const hostile: [string, unknown][] = [
    ["an object whose toString throws null", { toString: () => { throw null; } }],
    ["an object whose toString throws a string", { toString: () => { throw "boom"; } }],
    ["a Proxy whose every trap throws", new Proxy({}, new Proxy({}, { get: () => () => { throw new Error("trap"); } }))],
    ["a revoked Proxy", (() => { const { proxy, revoke } = Proxy.revocable({}, {}); revoke(); return proxy; })()],
    ["a Symbol", Symbol("x")],
    ["a BigInt", 10n],
    ["an object", { type: "session.created" }],
    ["undefined", undefined],
    ["null", null],
    ["a number", 42],
    ["an ArrayBuffer", new TextEncoder().encode('{"type":"x"}').buffer],
    ["a Uint8Array", new TextEncoder().encode('{"type":"x"}')],
    ["a String object", new String('{"type":"x"}')],
  ];

  it.each(hostile)("%s: no throw, an invalid-input error that says a string was expected", (_, input) => {
    for (const target of targets) {
      let result: ReturnType<Parser> | undefined;
      expect(() => (result = (target.parse as (input: unknown) => ReturnType<Parser>)(input)), target.label).not.toThrow();
      expect(result, target.label).toMatchObject({ ok: false, error: { kind: "invalid-input", errors: [] } });
      const message = !result!.ok ? result!.error.message : "";
      expect(message, target.label).toMatch(new RegExp(`^${target.direction} event: expected JSON text \\(a string\\), got `));
    }
  });

  it("describeRejection and formatValidationErrors never throw either, whatever errors, value and context they get", async () => {
    const { describeRejection } = (await import("../../generated/runtime/parse.js")) as unknown as {
      describeRejection: (errors: unknown, value: unknown, context: unknown) => { message: string };
    };
    const trap = () => {
      throw new Error("trap");
    };
    const throwing = new Proxy({}, { get: trap, getOwnPropertyDescriptor: trap, ownKeys: trap, getPrototypeOf: trap, has: trap });
    const garbage: unknown[] = [undefined, null, "errors", 5, [throwing], [null, 5, { keyword: Symbol("k") }], throwing];
    for (const errors of garbage) {
      for (const value of [throwing, { type: Symbol("t") }, undefined]) {
        for (const context of [throwing, { subject: Symbol("s") }, undefined, { subject: "client event", apiVersion: 5 }]) {
          expect(() => describeRejection(errors, value, context)).not.toThrow();
          expect(describeRejection(errors, value, context).message).toMatch(/^[^\r\n\u2028\u2029]{1,1000}$/);
          expect(() => modules[stable]!.spec.formatValidationErrors(errors, value, context as never)).not.toThrow();
        }
      }
    }
  });

  it("a leading byte order mark is named as one", () => {
    const text = `\uFEFF${JSON.stringify(exampleFor("server", "response.audio.delta", stable))}`;
    const result = modules[stable]!.spec.parseServerEvent(text);
    expect(result).toMatchObject({ ok: false, error: { kind: "invalid-json" } });
    const message = !result.ok ? result.error.message : "";
    expect(message).toBe("server event: not valid JSON: the text starts with a byte order mark (U+FEFF); remove it before parsing");
    expect(message).not.toContain("\uFEFF");
  });
});

describe("finding 4: messages say what the spec says, not what the emitter rewrote it to", () => {
  const responseCreate = (maxOutputTokens: unknown) => ({
    ...exampleFor("client", "response.create", stable)!,
    response: { ...(exampleFor("client", "response.create", stable)!.response as object), max_output_tokens: maxOutputTokens },
  });

  it.each([["lots"], [1.5], [true]])('max_output_tokens: %j must be "inf" or an integer', (bad) => {
    for (const mode of modes) {
      const result = modules[stable]![mode].parseClientEvent(JSON.stringify(responseCreate(bad)));
      expect(!result.ok && result.error.message, mode).toBe('response.create: /response/max_output_tokens must be "inf" or an integer');
    }
  });

  it.each([["lots"], [1.5], [true]])('the server\'s max_output_tokens: %j must be "inf", an integer or null', (bad) => {
    const event = exampleFor("server", "response.done", stable)!;
    const value = { ...event, response: { ...(event.response as object), max_output_tokens: bad } };
    for (const mode of modes) {
      const result = modules[stable]![mode].parseServerEvent(JSON.stringify(value));
      expect(!result.ok && result.error.message, mode).toBe('response.done: /response/max_output_tokens must be "inf", an integer or null');
    }
  });

  it('voice: 5 must be a string or an object, not "string,object"', () => {
    const event = exampleFor("client", "session.update", stable)!;
    const value = { ...event, session: { ...(event.session as object), voice: 5 } };
    const result = modules[stable]!.spec.parseClientEvent(JSON.stringify(value));
    expect(!result.ok && result.error.message).toBe("session.update: /session/voice must be a string or an object");
  });
});

describe("finding 4, on nullable properties and alternatives the validators could not file", () => {
  // The runtime's describeRejection, as the package ships it; without a subject it names the path alone.
  const describeErrors = async () => (await import("../../generated/runtime/parse.js")) as unknown as {
    describeRejection: (errors: unknown, value: unknown, context: object) => { message: string };
  };

  it.each([
    [{ s: 5 }, "/s must be a string or null"],
    [{ s: null, i: 5 }, "/i must be an object or null"],
    [{ s: null, e: "z" }, '/e must be "x", "y" or null'],
    [{ s: null, t: "lots" }, '/t must be "inf", an integer or null'],
    [{ s: null, t: 1.5 }, '/t must be "inf", an integer or null'],
    [{ s: null, n: "1" }, "/n must be an integer or null"],
    [{ s: null, i: { a: null } }, "/i/a must be an integer"],
  ])("%j: %s", async (value, message) => {
    const { module } = await emittedValidators(`
      model Inner { a: int32; }
      union MaxTokens { int32, "inf" }
      model Holder { s: string | null; i?: Inner | null; t?: MaxTokens | null; e?: "x" | "y" | null; n?: int32 | null; }`);
    const { describeRejection } = await describeErrors();
    expect(module.validateHolder!(value)).toBe(false);
    expect(describeRejection(module.validateHolder!.errors, value, {}).message).toBe(message);
  });

  it("a T | null whose value is of T's kind: `.errors` hold T's failure alone; a value of neither kind keeps all three", async () => {
    const { module } = await emittedValidators(`
      model Inner { a: int32; b?: Inner | null; }
      model Holder { i?: Inner | null; }`);
    const validate = module.validateHolder!;
    const { describeRejection } = await describeErrors();
    const errorsOf = (value: unknown) => {
      expect(validate(value)).toBe(false);
      const errors = (validate.errors ?? []) as { keyword: string; instancePath: string; params: object }[];
      return errors.map(({ keyword, instancePath, params }) => ({ keyword, instancePath, params }));
    };
    expect(errorsOf({ i: {} })).toEqual([{ keyword: "required", instancePath: "/i", params: { missingProperty: "a" } }]);
    // Nested: the inner pair goes first, then the outer one sees the inner failure alone.
    expect(errorsOf({ i: { a: 1, b: {} } })).toEqual([{ keyword: "required", instancePath: "/i/b", params: { missingProperty: "a" } }]);
    expect(errorsOf({ i: { a: 2 ** 31 } })).toEqual([
      { keyword: "maximum", instancePath: "/i/a", params: { comparison: "<=", limit: 2147483647 } },
    ]);
    expect(errorsOf({ i: 5 }).map(({ keyword, params }) => [keyword, params])).toEqual([
      ["type", { type: "object" }],
      ["type", { type: "null" }],
      ["anyOf", {}],
    ]);
    expect(describeRejection(validate.errors, { i: 5 }, {}).message).toBe("/i must be an object or null");
  });

  it("a merged pattern two definitions share, one of them nullable: each message says what its own definition allows", async () => {
    // The client's `max_output_tokens: int32 | "inf"` and the server's `int32 | "inf" | null`: one AJV schemaPath and
    // pattern if null were merged in too; it stays an alternative of its own, whose error says `or null`.
    const { module } = await emittedValidators(`model A { t: int32 | "inf"; } model B { t: int32 | "inf" | null; } model Both { a: A; b: B; }`);
    const { describeRejection } = await describeErrors();
    for (const [value, message] of [
      [{ a: { t: "x" }, b: { t: 1 } }, '/a/t must be "inf" or an integer'],
      [{ a: { t: 1 }, b: { t: "x" } }, '/b/t must be "inf", an integer or null'],
      // A type error has the types in its parameters: B's own.
      [{ a: { t: 1 }, b: { t: 1.5 } }, '/b/t must be "inf", an integer or null'],
      [{ a: { t: null }, b: { t: 1 } }, '/a/t must be "inf" or an integer'],
    ] as const) {
      expect(module.validateBoth!(value)).toBe(false);
      expect(describeRejection(module.validateBoth!.errors, value, {}).message).toBe(message);
    }
  });

  it("a pattern error without `allowed`: the validators' literal form reads as the literals, any other pattern is quoted", async () => {
    const { describeRejection } = await describeErrors();
    const patternError = (pattern: string) => [{ instancePath: "/x", schemaPath: "#/pattern", keyword: "pattern", params: { pattern } }];
    expect(describeRejection(patternError("^(?:a\\.b|c\\/d)$"), {}, {}).message).toBe('/x must be "a.b" or "c/d"');
    expect(describeRejection(patternError("^(?:a.b)$"), {}, {}).message).toBe('/x must match the pattern "^(?:a.b)$"');
    expect(describeRejection(patternError("^(?:ab\\)$"), {}, {}).message).toBe('/x must match the pattern "^(?:ab\\\\)$"');
  });

  it("a place two definitions share with different alternatives: the message still quotes no regular expression", async () => {
    // Both `t`s are `#/properties/t` in their definition, with the same types: the type error cannot tell them apart.
    const { module } = await emittedValidators(`model A { t: int32 | "inf"; } model B { t: int32 | "none"; } model Both { a: A; b: B; }`);
    const { describeRejection } = await describeErrors();
    for (const [value, message] of [
      [{ a: { t: "x" }, b: { t: 1 } }, '/a/t must be "inf" or an integer'],
      [{ a: { t: 1 }, b: { t: "x" } }, '/b/t must be "none" or an integer'],
      [{ a: { t: 1.5 }, b: { t: 1 } }, "/a/t must be an integer or a string"],
    ] as const) {
      expect(module.validateBoth!(value)).toBe(false);
      expect(describeRejection(module.validateBoth!.errors, value, {}).message).toBe(message);
    }
  });
});

describe("finding 5: messages are one bounded line, and fit the validator", () => {
  const oneLine = /^[^\r\n\u2028\u2029]*$/;
  const megabytes = (count: number, unit: string) => unit.repeat(count * 1024 * 1024);

  it("U+2028 and a newline in an unknown type are escaped", () => {
    for (const type of ["a\u2028b", "a\nb", "a\u2029b\r"]) {
      const result = modules[stable]!.spec.parseServerEvent(JSON.stringify({ type }));
      expect(!result.ok && result.error.message).toMatch(oneLine);
      expect(!result.ok && result.error.message).toBe(`unknown server event type ${JSON.stringify(type).replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029")} for API version ${stable}`);
    }
  });

  it("formatValidationErrors escapes a line break in value.type", () => {
    const module = modules[stable]!.spec;
    const value = { type: "x\ny" };
    expect(validator(module, "ClientEvent")(value)).toBe(false);
    expect(module.formatValidationErrors(validator(module, "ClientEvent").errors, value)).toMatch(oneLine);
    expect(module.formatValidationErrors([], value)).toMatch(oneLine);
  });

  it("a 50 MB unknown type and a 50 MB unknown key give messages of at most 1,000 characters, cut with an ellipsis", () => {
    const delta = exampleFor("server", "response.audio.delta", stable)!;
    const hugeType = modules[stable]!.spec.parseServerEvent(JSON.stringify({ ...delta, type: megabytes(50, "t") }));
    const hugeKey = modules[stable]!.strict.parseServerEvent(JSON.stringify({ ...delta, [megabytes(50, "k")]: 1 }));
    for (const result of [hugeType, hugeKey]) {
      const message = !result.ok ? result.error.message : "";
      expect(message.length).toBeLessThanOrEqual(1000);
      expect(message).toContain("…");
    }
    expect(!hugeType.ok && hugeType.error.kind).toBe("unknown-type");
    expect(!hugeType.ok && hugeType.error.type).toHaveLength(50 * 1024 * 1024);
  });

  it("formatValidationErrors on a non-event validator names the version and uses no event wording", () => {
    const module = modules[stable]!.spec;
    const value = { type: "no.such.item" };
    expect(validator(module, "ConversationRequestItem")(value)).toBe(false);
    const message = module.formatValidationErrors(validator(module, "ConversationRequestItem").errors, value);
    expect(message).toBe(`/type "no.such.item" is not known in API version ${stable}`);
  });

  it("formatValidationErrors on an event validator names the event type, as the parser does", () => {
    const module = modules[stable]!.spec;
    const value = { type: "no.such.event" };
    expect(validator(module, "ClientEvent")(value)).toBe(false);
    expect(module.formatValidationErrors(validator(module, "ClientEvent").errors, value)).toBe(
      `unknown client event type "no.such.event" for API version ${stable}`,
    );
  });
});

describe("finding 6: strict mode names a misspelt required property", () => {
  it("sesion: /sesion is not a known property, did you mean session", () => {
    for (const version of apiVersions) {
      const event = exampleFor("client", "session.update", version)!;
      const { session, ...rest } = event;
      const result = modules[version]!.strict.parseClientEvent(JSON.stringify({ ...rest, sesion: session }));
      expect(result, version).toMatchObject({
        ok: false,
        error: { kind: "invalid", path: "/sesion", message: 'session.update: /sesion is not a known property (strict mode); did you mean "session"?' },
      });
    }
  });

  it("a misspelt required property deeper down, and a misspelt type", () => {
    const parse = modules[stable]!.strict.parseClientEvent;
    const event = exampleFor("client", "conversation.item.create", stable)!;
    const { type, ...rest } = event;
    expect(parse(JSON.stringify({ ...rest, tpye: type }))).toMatchObject({
      ok: false,
      error: { path: "/tpye", message: 'client event: /tpye is not a known property (strict mode); did you mean "type"?' },
    });
  });

  it("spec mode still says only what is missing: unknown properties are allowed there", () => {
    const event = exampleFor("client", "session.update", stable)!;
    const { session, ...rest } = event;
    const result = modules[stable]!.spec.parseClientEvent(JSON.stringify({ ...rest, sesion: session }));
    expect(result).toMatchObject({ ok: false, error: { path: "/session", message: "session.update: /session is required" } });
  });
});
