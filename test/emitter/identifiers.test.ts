import type { Diagnostic } from "@typespec/compiler";
import { describe, expect, it } from "vitest";
import { emit, versionedService } from "./tester.js";
import { typeErrors } from "./typecheck.js";

const collisions = (diagnostics: readonly Diagnostic[]) => diagnostics.filter((d) => d.code === "typespec-wire-emitter/name-collision");

describe("emitted identifiers", () => {
  it("two names that become one identifier are a name-collision at the second type, not a crash", async () => {
    const { files, diagnostics } = await emit(versionedService("model `a-b` { x: string; } model a_b { y: string; }"));
    const [collision, ...rest] = collisions(diagnostics);
    expect(rest).toEqual([]);
    expect(collision!.message).toContain(`"a_b"`);
    expect(collision!.message).toMatch(/would both be emitted/);
    const target = collision!.target as { kind?: string; name?: string };
    expect([target.kind, target.name]).toEqual(["Model", "a_b"]);
    expect(files).toEqual({});
  });

  it("a reserved word gets a trailing underscore and the output compiles", async () => {
    const { files, diagnostics } = await emit(versionedService("model `class` { x: string; } model `string` { y: `class`; } model Uses { c: `class`; s: `string`; }"));
    expect(diagnostics.map((d) => d.message)).toEqual([]);
    expect(files["1/types.d.ts"]).toContain("export interface class_ {");
    expect(files["1/types.d.ts"]).toContain("c: class_;");
    expect(files["1/types.d.ts"]).toContain("export interface string_ {");
    expect(files["1/validators.d.ts"]).toContain("validateclass_: Validator<T.class_>");
    expect(typeErrors(files)).toEqual([]);
  });

  it("a reserved word whose escaped form is also a spec name is a name-collision", async () => {
    const { diagnostics } = await emit(versionedService("model `class` { x: string; } model class_ { y: string; }"));
    expect(collisions(diagnostics)).toHaveLength(1);
  });

  it("spec types named Validator, ValidationError, T or Record do not clash with what the generated files declare or use", async () => {
    const { files, diagnostics } = await emit(
      versionedService("model Validator { a: string; } model ValidationError { b: string; } model T { c: TypeSpec.Record<string>; } model Record { d: int32; }"),
    );
    expect(diagnostics.map((d) => d.message)).toEqual([]);
    expect(files["1/validators.d.ts"]).toContain(`import type * as T from "./types.js";`);
    expect(files["1/validators.d.ts"]).toContain("validateValidator: Validator<T.Validator>");
    expect(files["1/types.d.ts"]).toContain("export interface Record_ {");
    expect(typeErrors(files)).toEqual([]);
  });
});
