import { describe, expect, it } from "vitest";
import { defOf, emit, importEmitted, versionedService } from "./tester.js";

describe("@pattern", () => {
  it("a pattern JSON Schema validators cannot run (invalid with the u flag) is reported and left out, not a crash", async () => {
    const { files, diagnostics } = await emit(versionedService(`
      model M { @pattern("[\\\\w-.]") name: string; @pattern("^[a-z]+$") code: string; }
    `));
    expect(diagnostics.map((d) => d.code)).toEqual(["typespec-wire-emitter/invalid-pattern"]);
    const properties = defOf(files, "1", "M").properties;
    expect(properties.name).toEqual({ type: "string" });
    expect(properties.code).toEqual({ type: "string", pattern: "^[a-z]+$" });
    const { validateM } = await importEmitted(files["1/validators.js"]!);
    expect(validateM!({ name: "anything at all", code: "abc" })).toBe(true);
    expect(validateM!({ name: "x", code: "ABC" })).toBe(false);
  });

  it("an invalid pattern on a scalar is reported once, on the scalar, however often it is used", async () => {
    const { diagnostics } = await emit(versionedService(`
      @pattern("[\\\\w-.]") scalar Slug extends string;
      model M { a: Slug; b: Slug; }
    `));
    expect(diagnostics.map((d) => d.code)).toEqual(["typespec-wire-emitter/invalid-pattern"]);
    expect(diagnostics[0]!.target).toMatchObject({ kind: "Scalar", name: "Slug" });
  });
});
