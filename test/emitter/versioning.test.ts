import { describe, expect, it } from "vitest";
import { emit, versionedService } from "./tester.js";

describe("versioning", () => {
  it("writes one folder per version, and @added members appear from their version on", async () => {
    const { files, diagnostics } = await emit(
      versionedService(`
        model Event { id: string; @added(Versions.v2) extra?: int32; }
      `),
    );
    expect(diagnostics).toEqual([]);
    expect(files["1/types.d.ts"]).not.toContain("extra");
    expect(files["2/types.d.ts"]).toMatch(/@since 2\s*\*\/\s*extra\?: number;/);
    expect(Object.keys(files).sort()).toContain("2/schema.json");
  });
});
