import { describe, expect, it } from "vitest";
import { defOf, emit, schemaOf, versionedService } from "./tester.js";

describe("versioning", () => {
  it("writes one folder per version; @added members appear from their version on, dated with @since", async () => {
    const { files, diagnostics } = await emit(versionedService(`model Event { id: string; @added(Versions.v2) extra?: int32; }`));
    expect(diagnostics).toEqual([]);
    expect(files["1/types.d.ts"]).not.toContain("extra");
    expect(files["2/types.d.ts"]).toMatch(/@since 2\s*\*\/\s*extra\?: number;/);
    expect(Object.keys(defOf(files, "2", "Event").properties)).toEqual(["id", "extra"]);
  });

  it("@added on a model: absent before, @since after", async () => {
    const { files } = await emit(versionedService(`@added(Versions.v2) model Late { id: string; }`));
    expect(defOf(files, "1", "Late")).toBeUndefined();
    expect(files["2/types.d.ts"]).toMatch(/@since 2\s*\*\/\s*export interface Late/);
  });

  it("@removed drops a property from its version on", async () => {
    const { files } = await emit(versionedService(`model M { keep: string; @removed(Versions.v2) gone?: string; }`));
    expect(Object.keys(defOf(files, "1", "M").properties)).toEqual(["keep", "gone"]);
    expect(Object.keys(defOf(files, "2", "M").properties)).toEqual(["keep"]);
  });

  it("a property added, removed and added again is in exactly the versions that have it", async () => {
    // The shape of VoiceLive's echo-cancellation `channels`: new in one preview, dropped by the
    // next stable version, back in the preview after it.
    const { files, diagnostics } = await emit(
      versionedService(
        `model Echo { type: string; @added(Versions.v2) @removed(Versions.v3) @added(Versions.v4) channels?: int32; }`,
        ['v1: "1"', 'v2: "2"', 'v3: "3"', 'v4: "4"'],
      ),
    );
    expect(diagnostics).toEqual([]);
    const has = ["1", "2", "3", "4"].map((version) => "channels" in defOf(files, version, "Echo").properties);
    expect(has).toEqual([false, true, false, true]);
    expect(files["3/types.d.ts"]).not.toContain("channels");
    expect(files["4/types.d.ts"]).toMatch(/channels\?: number;/);
  });

  it("@renamedFrom keeps the old wire name in older versions", async () => {
    const { files } = await emit(versionedService(`model M { @renamedFrom(Versions.v2, "old_name") new_name: string; }`));
    expect(defOf(files, "1", "M").required).toEqual(["old_name"]);
    expect(defOf(files, "2", "M").required).toEqual(["new_name"]);
  });

  it("@madeOptional and @madeRequired change required-ness per version", async () => {
    const { files } = await emit(
      versionedService(`model M { @madeOptional(Versions.v2) a?: string; @madeRequired(Versions.v2) b: string; }`),
    );
    expect(defOf(files, "1", "M").required).toEqual(["a"]);
    expect(defOf(files, "2", "M").required).toEqual(["b"]);
    expect(files["1/types.d.ts"]).toMatch(/a: string;\s*b\?: string;/);
    expect(files["2/types.d.ts"]).toMatch(/a\?: string;\s*b: string;/);
  });

  it("@typeChangedFrom gives older versions the older type", async () => {
    const { files } = await emit(versionedService(`model M { @typeChangedFrom(Versions.v2, string) size: int32; }`));
    expect(defOf(files, "1", "M").properties.size.type).toBe("string");
    expect(defOf(files, "2", "M").properties.size).toEqual({ type: "integer", minimum: -2147483648, maximum: 2147483647 });
  });

  it("versioned enum members and union variants", async () => {
    const { files } = await emit(
      versionedService(`
        enum Color { red, @added(Versions.v2) blue }
        union Kind { string, a: "a", @added(Versions.v2) b: "b" }
      `),
    );
    expect(defOf(files, "1", "Color").enum).toEqual(["red"]);
    expect(defOf(files, "2", "Color").enum).toEqual(["red", "blue"]);
    expect(files["1/types.d.ts"]).toContain(`export type Kind = "a" | (string & {});`);
    expect(files["2/types.d.ts"]).toContain(`export type Kind = "a" | "b" | (string & {});`);
  });

  it("the versions enum describes the spec, not the wire, and is not emitted", async () => {
    const { files } = await emit(versionedService(`model M { a: string; }`));
    expect(files["1/types.d.ts"]).not.toContain("Versions");
  });

  it("option versions selects what is written, while @since stays relative to the first version", async () => {
    const { files } = await emit(versionedService(`model M { a: string; @added(Versions.v2) b?: string; }`), { versions: ["2"] });
    expect(Object.keys(files).some((path) => path.startsWith("1/"))).toBe(false);
    expect(files["2/types.d.ts"]).toMatch(/@since 2/);
  });

  it("version-folder places each version", async () => {
    const { files } = await emit(versionedService(`model M { a: string; }`), { "version-folder": "v{version}/wire" });
    expect(Object.keys(files)).toContain("v2/wire/types.d.ts");
  });

  it("a spec without @versioned gives one output at the root", async () => {
    const { files, diagnostics } = await emit(`@service namespace Plain; model M { a: string; }`);
    expect(diagnostics).toEqual([]);
    // The version's index modules are the package root's (the emitter's root index, which re-exports a version folder, is left out).
    expect(Object.keys(files).filter((path) => !path.startsWith(".")).sort()).toEqual([
      "README.md",
      "dev.d.ts",
      "dev.js",
      "index.d.ts",
      "index.js",
      "package.json",
      "runtime/all-errors.d.ts",
      "runtime/all-errors.js",
      "runtime/messages.js",
      "runtime/parse.d.ts",
      "runtime/parse.js",
      "schema.json",
      "strict.d.ts",
      "strict.js",
      "types.d.ts",
      "validators.d.ts",
      "validators.js",
      "validators.strict.d.ts",
      "validators.strict.js",
      // parserFor's module: its one version is "" (the `apiVersion` of the root module).
      "versions.d.ts",
      "versions.js",
    ]);
    expect(files["types.d.ts"]).not.toContain("for API version");
    expect(files["versions.js"]).toContain(`["", () => import("./index.js")]`);
  });
});
