// A discriminated union's guard leaves the own-property test of the tag to the variant
// it dispatches to (where nothing is read in between), and each object guard asks for the
// prototype only after its first read. Neither may change a verdict: a tag that is
// inherited, from the object's own prototype, a class's getter or a polluted
// Object.prototype, is no tag for AJV with `ownProperties`, nor for the guards.
import { afterEach, describe, expect, it } from "vitest";
import { emit, importEmitted, schemaOf, versionedService } from "../emitter/tester.js";
import { referenceValidator } from "./support/near-values.js";

const { files } = await emit(
  versionedService(`
    @discriminator("type") model Event { type: string; }
    model Delta extends Event { type: "thing.delta"; delta: string; seq?: int32; }
    model Done extends Event { type: "thing.done"; }
  `),
  { versions: ["1"] },
);
const guards = await importEmitted(files["1/validators.js"]!);
const validate = guards.validateEvent!;
const ajv = referenceValidator(schemaOf(files, "1"))("Event") as (value: unknown) => boolean;

class WithTypeGetter {
  delta = "x";
  get type(): string {
    return "thing.delta";
  }
}

const values: Record<string, () => unknown> = {
  "an own tag": () => ({ type: "thing.delta", delta: "x" }),
  "a tag inherited from the object's prototype": () => Object.assign(Object.create({ type: "thing.delta" }), { delta: "x" }),
  "a tag from a class's getter": () => new WithTypeGetter(),
  "a prototype-less object with an own tag": () => Object.assign(Object.create(null), { type: "thing.done" }),
  "a variant without its own tag, no other property": () => Object.create({ type: "thing.done" }),
};

describe("a discriminated union whose tag is not the object's own", () => {
  afterEach(() => {
    delete (Object.prototype as Record<string, unknown>).type;
  });

  for (const [name, make] of Object.entries(values)) {
    it(`${name}: the guard, the validator and AJV agree`, () => {
      const expected = ajv(make());
      expect(guards.isEvent!(make())).toBe(expected);
      expect(validate(make())).toBe(expected);
    });
  }

  it("an own tag passes, an inherited one never does", () => {
    expect(guards.isEvent!(values["an own tag"]!())).toBe(true);
    expect(guards.isEvent!(values["a tag inherited from the object's prototype"]!())).toBe(false);
    expect(guards.isEvent!(values["a tag from a class's getter"]!())).toBe(false);
  });

  it("under a polluted Object.prototype.type, an object without its own tag is rejected, one with it accepted", () => {
    (Object.prototype as Record<string, unknown>).type = "thing.delta";
    expect([guards.isEvent!({ delta: "x" }), ajv({ delta: "x" })]).toEqual([false, false]);
    expect([guards.isEvent!({ type: "thing.delta", delta: "x" }), ajv({ type: "thing.delta", delta: "x" })]).toEqual([true, true]);
  });

  it("the prototype is asked for after the first read, once, by the variant (what V8 answers from the map it has just seen)", () => {
    const asked: string[] = [];
    const event = new Proxy(
      { type: "thing.delta", delta: "x" },
      {
        get: (target, key, receiver) => (asked.push(`get ${String(key)}`), Reflect.get(target, key, receiver)),
        getPrototypeOf: (target) => (asked.push("getPrototypeOf"), Reflect.getPrototypeOf(target)),
      },
    );
    expect(guards.isEvent!(event)).toBe(true);
    expect(asked.filter((step) => step === "getPrototypeOf")).toHaveLength(1);
    expect(asked.indexOf("getPrototypeOf")).toBeGreaterThan(asked.indexOf("get type"));
  });
});

// Left to the variant, the own test of the tag must still come before any other read: AJV's
// `required` on the union fails at once on an inherited tag, so a getter that throws,
// read after it (by the union's body, or by the variant's body ahead of its own tag),
// must not throw where AJV answers. A guard throws inside a validator's error path,
// where the explainer asks a reference's guard whether it may pass over it.
const readsAround = await emit(
  versionedService(`
    @discriminator("type") model Item { type: string; object?: "realtime.item"; }
    model Message extends Item { type: "message"; role: string; }
    @discriminator("kind") model Shape { id: string; kind: string; }
    model Circle extends Shape { kind: "circle"; r: int32; }
    model Holder { item?: Item; shape?: Shape; }
  `),
  { versions: ["1"] },
);
const aroundGuards = await importEmitted(readsAround.files["1/validators.js"]!);
const aroundAjv = referenceValidator(schemaOf(readsAround.files, "1"))("Holder");

/** An object whose `tag` is inherited (a getter on its prototype) and whose own `throwing` property throws when read. */
function inheritedTagBesideThrowingGetter(tag: string, value: string, throwing: string, own: Record<string, unknown>): object {
  const object = Object.assign(Object.create(Object.defineProperty({}, tag, { get: () => value, enumerable: true })), own);
  return Object.defineProperty(object, throwing, {
    get: () => {
      throw new Error("hostile read");
    },
    enumerable: true,
  });
}

describe("an inherited tag beside a property that throws when read", () => {
  const cases = {
    "a union that reads another property after the tag": () => ({ item: inheritedTagBesideThrowingGetter("type", "message", "object", { role: "assistant" }) }),
    "a variant that reads another property before its tag": () => ({ shape: inheritedTagBesideThrowingGetter("kind", "circle", "id", { r: 1 }) }),
  };
  for (const [name, make] of Object.entries(cases)) {
    it(`${name}: the validator gives AJV's answer and errors, the guard AJV's answer`, () => {
      expect(aroundAjv(make())).toBe(false);
      expect(aroundAjv.errors?.[0]?.keyword).toBe("required");
      const validate = aroundGuards.validateHolder!;
      expect(validate(make())).toBe(false);
      expect(validate.errors).toEqual(aroundAjv.errors);
      expect(aroundGuards.isHolder!(make())).toBe(false);
    });
  }
});
