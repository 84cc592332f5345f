import { describe, expect, it } from "vitest";
import { leavesDirectory, normalizedOutputPath } from "../../emitter/src/output/path-rules.js";

describe("output path rules (the same on every platform)", () => {
  it.each([
    ["../x", true],
    ["..\\x", true],
    ["a/../../x", true],
    ["/etc/x", true],
    ["\\x", true],
    ["C:x", true],
    ["a/../b", false],
    ["2026-04-10/types.d.ts", false],
  ])("%s leaves the directory: %s", (path, expected) => {
    expect(leavesDirectory(path)).toBe(expected);
  });

  it("backslashes are separators, so two spellings of one path collide", () => {
    expect(normalizedOutputPath("v1\\index.js")).toBe("v1/index.js");
    expect(normalizedOutputPath("v1/./index.js")).toBe("v1/index.js");
  });
});
