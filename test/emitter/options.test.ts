import { describe, expect, it } from "vitest";
import { emit, versionedService } from "./tester.js";

const events = versionedService(`
  @discriminator("type") model Event { type: string; }
  model Delta extends Event { type: "thing.delta"; }
  @added(Versions.v2) model Done extends Event { type: "thing.done"; }
`);

describe("hot-variants", () => {
  it("values that some emitted version dispatches on are accepted silently", async () => {
    const { diagnostics } = await emit(events, { "hot-variants": ["thing.done", "thing.delta"] });
    expect(diagnostics).toEqual([]);
  });

  it("a value no emitted version knows is reported once, by name", async () => {
    const { diagnostics } = await emit(events, { "hot-variants": ["thing.delta", "thing.done"], versions: ["1"] });
    expect(diagnostics.map((d) => d.code)).toEqual(["typespec-wire-emitter/unknown-hot-variant"]);
    expect(diagnostics[0]!.message).toContain(`"thing.done"`);
  });

  it("an unknown value listed twice is reported once", async () => {
    const { diagnostics } = await emit(events, { "hot-variants": ["thing.typo", "thing.delta", "thing.typo"] });
    expect(diagnostics.map((d) => d.message)).toEqual([expect.stringContaining(`"thing.typo"`)]);
  });
});

describe("list options as a command line gives them (`--option typespec-wire-emitter.versions=2`)", () => {
  /** The files written, without the emitter's ownership marker. */
  const written = (files: Record<string, string>) => Object.keys(files).filter((path) => path !== ".typespec-wire-emitter").sort();

  it("one value is a list of one", async () => {
    const { files, diagnostics } = await emit(events, { versions: "2" });
    expect(diagnostics).toEqual([]);
    expect(written(files)).toEqual(["2/schema.json", "2/types.d.ts", "2/validators.d.ts", "2/validators.js", "2/validators.strict.d.ts", "2/validators.strict.js"]);
  });

  it("a comma list is a list, blanks around the commas ignored", async () => {
    const { files, diagnostics } = await emit(events, { versions: "1, 2", outputs: "types,schemas", "hot-variants": "thing.done,thing.delta" });
    expect(diagnostics).toEqual([]);
    expect(written(files)).toEqual(["1/schema.json", "1/types.d.ts", "2/schema.json", "2/types.d.ts"]);
  });

  it("an empty entry or an unknown output kind is an invalid-option error naming the option and its value; nothing is written", async () => {
    for (const [options, option, value] of [
      [{ versions: "1,,2" }, "versions", "1,,2"],
      [{ outputs: "types,everything" }, "outputs", "everything"],
      [{ outputs: ["types", "everything"] }, "outputs", "everything"],
    ] as const) {
      const { files, diagnostics } = await emit(events, options);
      expect(diagnostics.map((d) => d.code)).toEqual(["typespec-wire-emitter/invalid-option"]);
      expect(diagnostics[0]!.message).toContain(`"${option}"`);
      expect(diagnostics[0]!.message).toContain(`"${value}"`);
      expect(files).toEqual({});
    }
  });
});
