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
