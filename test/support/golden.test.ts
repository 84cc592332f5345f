import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { expectGolden, goldenUpdate } from "./golden.js";

let dir: string;
let path: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "golden-"));
  path = join(dir, "golden.md");
  await writeFile(path, "committed\n");
});

afterEach(async () => {
  vi.unstubAllEnvs();
  await rm(dir, { recursive: true, force: true });
});

describe("expectGolden", () => {
  it.each([undefined, "", "0", "false", "true"])("with GOLDEN_UPDATE=%s compares and leaves the golden alone", async (value) => {
    vi.stubEnv("GOLDEN_UPDATE", value);
    vi.stubEnv("CI", "");
    expect(goldenUpdate()).toBe(false);
    await expect(expectGolden(path, "changed\n")).rejects.toThrow(/expected 'changed\\n' to be 'committed\\n'/);
    expect(await readFile(path, "utf8")).toBe("committed\n");
  });

  it("with GOLDEN_UPDATE=1 rewrites the golden", async () => {
    vi.stubEnv("GOLDEN_UPDATE", "1");
    vi.stubEnv("CI", "");
    await expectGolden(path, "changed\n");
    expect(await readFile(path, "utf8")).toBe("changed\n");
  });

  it("with GOLDEN_UPDATE=1 in CI refuses, and leaves the golden alone", async () => {
    vi.stubEnv("GOLDEN_UPDATE", "1");
    vi.stubEnv("CI", "true");
    expect(() => goldenUpdate()).toThrow(/refuses to rewrite goldens in CI/);
    await expect(expectGolden(path, "changed\n")).rejects.toThrow(/refuses to rewrite goldens in CI/);
    expect(await readFile(path, "utf8")).toBe("committed\n");
  });

  it("names a missing golden and how to write it", async () => {
    vi.stubEnv("GOLDEN_UPDATE", undefined);
    vi.stubEnv("CI", "");
    await expect(expectGolden(join(dir, "absent.md"), "x\n")).rejects.toMatchObject({
      actual: "x\n",
      expected: expect.stringMatching(/^\(missing: .*absent\.md; run `npm run golden:update`\)\n$/),
    });
  });
});
