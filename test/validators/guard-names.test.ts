// A guards module names its functions after the definitions they check, plus
// helpers of their own (`_body` for an object's body, `_1` for a hoisted branch).
// Spec names may look exactly like those: every one must still get a function of
// its own, and the bundle must build.
import { describe, expect, it } from "vitest";
import { Identifiers } from "../../emitter/src/writers/validators/fast-path/identifiers.js";
import { emittedValidators } from "./support/emitted-module.js";

describe("guard function names", () => {
  it("models Foo and Foo_body (and Foo_1) each keep their own guard", async () => {
    const { module } = await emittedValidators(`
      model Foo { a: int32; }
      model Foo_body { b: string; }
      model Foo_1 { c: boolean; }
      @discriminator("type") model Event { type: string; }
      model Created extends Event { type: "created"; foo: Foo | string; }
    `);
    expect(module.isFoo!({ a: 1 })).toBe(true);
    expect(module.isFoo!({ b: "x" })).toBe(false);
    expect(module.isFoo_body!({ b: "x" })).toBe(true);
    expect(module.isFoo_body!({ a: 1 })).toBe(false);
    expect(module.isFoo_1!({ c: true })).toBe(true);
    expect(module.validateFoo_body!({ b: 1 })).toBe(false);
    expect(module.isEvent!({ type: "created", foo: { a: 1 } })).toBe(true);
    expect(module.isEvent!({ type: "created", foo: { b: "x" } })).toBe(false);
  });
});

describe("Identifiers", () => {
  it("claim hands out a free name, suffixing taken ones", () => {
    const identifiers = new Identifiers(["isPlainObject"]);
    expect(identifiers.claim("isPlainObject")).toBe("isPlainObject_2");
    expect(identifiers.claim("is_Foo")).toBe("is_Foo");
    expect(identifiers.claim("is_Foo")).toBe("is_Foo_2");
  });

  it("claimFor names each key once and gives later calls the same name", () => {
    const identifiers = new Identifiers();
    const guard = identifiers.claimFor("guard:Foo", "is_Foo");
    const body = identifiers.claimFor("body:Foo", `${guard}_body`);
    // A model named Foo_body asks for the name Foo's body already holds.
    const other = identifiers.claimFor("guard:Foo_body", "is_Foo_body");
    expect([guard, body, other]).toEqual(["is_Foo", "is_Foo_body", "is_Foo_body_2"]);
    expect(identifiers.claimFor("guard:Foo", "anything")).toBe("is_Foo");
    expect(identifiers.claimFor("body:Foo", "anything")).toBe("is_Foo_body");
  });
});
