import { describe, expect, it } from "vitest";
import { emit, schemaOf, versionedService } from "./tester.js";

describe("templates", () => {
  it("a union template used twice is inlined at each use: no false name collision", async () => {
    const { files, diagnostics } = await emit(versionedService(`
      union Maybe<T> { T, null }
      model M { a: Maybe<string>; b: Maybe<int32>; }
    `));
    expect(diagnostics).toEqual([]);
    expect(files["1/types.d.ts"]).toMatch(/a: string \| null;\s*b: number \| null;/);
    expect(schemaOf(files, "1").$defs).not.toHaveProperty("Maybe");
  });

  it("used templates (model and union, by reference, is, extends or spread) give no warning", async () => {
    const { diagnostics } = await emit(versionedService(`
      model Box<T> { value: T; }
      model Pair<T> { first: T; }
      model Base<T> { base: T; }
      model Extra<T> { extra: T; }
      union Maybe<T> { T, null }
      model Uses { box: Box<string>; maybe: Maybe<string>; }
      model Named is Pair<int32>;
      model Derived extends Base<string> { ...Extra<boolean>; }
    `));
    expect(diagnostics).toEqual([]);
  });

  it("an unused union template is still reported", async () => {
    const { diagnostics } = await emit(versionedService(`union Maybe<T> { T, null }`));
    expect(diagnostics.map((d) => d.code)).toEqual(["typespec-wire-emitter/template-not-instantiated"]);
    expect(diagnostics[0]!.target).toMatchObject({ kind: "Union", name: "Maybe" });
  });
});
