import { describe, expect, it } from "vitest";
import { defOf, emit, importEmitted, versionedService } from "./tester.js";
import { typeErrors } from "./typecheck.js";

describe("@discriminated unions", () => {
  it("the default envelope (\"object\") wraps each variant as { kind, value }, in types, schema and validators", async () => {
    const { files, diagnostics } = await emit(versionedService(`
      model Cat { meow: string; }
      model Dog { bark: string; }
      @discriminated union Pet { cat: Cat, dog: Dog }
    `));
    expect(diagnostics).toEqual([]);
    expect(files["1/types.d.ts"]).toMatch(/export type Pet = \{\s*kind: "cat";\s*value: Cat;\s*\} \| \{\s*kind: "dog";\s*value: Dog;\s*\};/);
    const pet = defOf(files, "1", "Pet");
    expect(pet.anyOf[0]).toEqual({
      type: "object",
      properties: { kind: { const: "cat" }, value: { $ref: "#/$defs/Cat" } },
      required: ["kind", "value"],
    });
    const { validatePet } = await importEmitted(files["1/validators.js"]!);
    expect(validatePet!({ kind: "dog", value: { bark: "woof" } })).toBe(true);
    expect(validatePet!({ kind: "cat", value: { bark: "woof" } })).toBe(false);
    expect(validatePet!({ bark: "woof" })).toBe(false);
  });

  it("the envelope honours custom property names", async () => {
    const { files } = await emit(versionedService(`
      model Cat { meow: string; }
      @discriminated(#{ discriminatorPropertyName: "type", envelopePropertyName: "data" }) union Pet { cat: Cat }
    `));
    expect(defOf(files, "1", "Pet").anyOf[0].required).toEqual(["type", "data"]);
  });

  it("envelope \"none\" with a template instance variant is reported and emitted as a plain union that still validates", async () => {
    const { files, diagnostics } = await emit(versionedService(`
      model Box<T> { kind: "box"; v: T; }
      model C { kind: "c"; }
      @discriminated(#{ envelope: "none", discriminatorPropertyName: "kind" }) union U { box: Box<string>, c: C }
    `));
    expect(diagnostics.map((d) => d.code)).toEqual(["typespec-wire-emitter/unnamed-variant"]);
    const u = defOf(files, "1", "U");
    expect(u.discriminator).toBeUndefined();
    expect(u.anyOf).toHaveLength(2);
    const { validateU } = await importEmitted(files["1/validators.js"]!);
    expect(validateU!({ kind: "box", v: "x" })).toBe(true);
    expect(validateU!({ kind: "c" })).toBe(true);
    expect(validateU!({ kind: "box", v: 1 })).toBe(false);
  });

  it("envelope \"none\" with a default that is no object keeps the dispatch, with the default tested beside it", async () => {
    const { files, diagnostics } = await emit(versionedService(`
      model A { kind: "a"; x: int32; }
      model B { kind: "b"; y: string; }
      @discriminated(#{ envelope: "none", discriminatorPropertyName: "kind" }) union U { a: A, b: B, string }
    `));
    expect(diagnostics).toEqual([]);
    expect(files["1/types.d.ts"]).toContain("export type U = A | B | string;");
    expect(typeErrors(files)).toEqual([]);
    const u = defOf(files, "1", "U");
    expect(u.anyOf).toEqual([
      { type: "string" },
      expect.objectContaining({ discriminator: { propertyName: "kind" }, oneOf: [{ $ref: "#/$defs/A" }, { $ref: "#/$defs/B" }] }),
    ]);
    const { isU, validateU } = await importEmitted(files["1/validators.js"]!);
    for (const check of [isU!, validateU!]) {
      expect(check({ kind: "a", x: 1 })).toBe(true);
      expect(check({ kind: "b", y: "z" })).toBe(true);
      expect(check("free text")).toBe(true);
      expect(check({ kind: "a", x: "1" })).toBe(false);
      expect(check({ kind: "c" })).toBe(false);
      expect(check(1)).toBe(false);
    }
  });

  it("envelope \"none\" with a default model is reported and emitted as a plain union that still validates", async () => {
    const { files, diagnostics } = await emit(versionedService(`
      model A { kind: "a"; x: int32; }
      model Other { note: string; }
      @discriminated(#{ envelope: "none", discriminatorPropertyName: "kind" }) union U { a: A, Other }
    `));
    expect(diagnostics.map((d) => d.code)).toEqual(["typespec-wire-emitter/undiscriminated-union"]);
    expect(diagnostics[0]!.message).toContain("default variant Demo.Other is a model");
    const u = defOf(files, "1", "U");
    expect(u.anyOf).toEqual([{ $ref: "#/$defs/A" }, { $ref: "#/$defs/Other" }]);
    const { validateU } = await importEmitted(files["1/validators.js"]!);
    expect(validateU!({ kind: "a", x: 1 })).toBe(true);
    expect(validateU!({ note: "n" })).toBe(true);
    expect(validateU!({ kind: "a", x: "1" })).toBe(false);
  });

  it("envelope \"none\" with a variant model that lacks the tag property is reported, not a crash, and validates as a plain union", async () => {
    const { files, diagnostics } = await emit(versionedService(`
      model A { x: int32; }
      model B { kind: "b"; y: string; }
      @discriminated(#{ envelope: "none", discriminatorPropertyName: "kind" }) union U { a: A, b: B }
    `));
    expect(diagnostics.map((d) => d.code)).toEqual(["typespec-wire-emitter/undiscriminated-union"]);
    expect(diagnostics[0]!.message).toContain(`variant Demo.A has no property "kind"`);
    const { validateU } = await importEmitted(files["1/validators.js"]!);
    expect(validateU!({ x: 1 })).toBe(true);
    expect(validateU!({ kind: "b", y: "y" })).toBe(true);
    expect(validateU!({ kind: "b", y: 1 })).toBe(false);
  });

  it("a named instance (model StringBox is Box<string>) dispatches, and counts as a use of the template", async () => {
    const { files, diagnostics } = await emit(versionedService(`
      model Box<T> { kind: "box"; v: T; }
      model StringBox is Box<string>;
      model C { kind: "c"; }
      @discriminated(#{ envelope: "none", discriminatorPropertyName: "kind" }) union U { box: StringBox, c: C }
    `));
    expect(diagnostics).toEqual([]);
    expect(defOf(files, "1", "U").discriminator).toEqual({ propertyName: "kind" });
  });
});

describe("@discriminator hierarchies with templates", () => {
  it("a derived template is not a variant itself; an unnamed instance of it is reported on the instance", async () => {
    const { files, diagnostics } = await emit(versionedService(`
      @discriminator("kind") model Base { kind: string; }
      model Box<T> extends Base { kind: "box"; v: T; }
      model C extends Base { kind: "c"; }
      model Holder { b: Box<string>; base: Base; }
    `));
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]!.code).toBe("typespec-wire-emitter/unnamed-variant");
    expect(diagnostics[0]!.message).toContain(`values with kind "box" are rejected`);
    expect(diagnostics[0]!.target).toMatchObject({ kind: "Model", name: "Box" });
    expect(files["1/types.d.ts"]).toContain("export type Base = C;");
    expect(files["1/types.d.ts"]).not.toContain("export interface Box");
  });
});
