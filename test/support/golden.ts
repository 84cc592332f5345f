// Golden files: compared by default; rewritten only on an explicit `GOLDEN_UPDATE=1`
// (`npm run golden:update`), and never in CI, where a rewrite would make the comparison
// pass whatever the output.
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, relative } from "node:path";
import { expect } from "vitest";

/**
 * Whether this run rewrites goldens instead of comparing them: only when `GOLDEN_UPDATE`
 * is exactly `"1"` (`"0"`, `"false"` or empty compare). Throws when `CI` is set too.
 */
export function goldenUpdate(): boolean {
  if (process.env.GOLDEN_UPDATE !== "1") return false;
  if (process.env.CI) throw new Error("GOLDEN_UPDATE=1 refuses to rewrite goldens in CI (CI is set): goldens are compared there");
  return true;
}

/**
 * Compares `actual` with the golden file at `path`; in an update run (see `goldenUpdate`)
 * writes it there instead, and compares nothing: what was just written would always match.
 */
export async function expectGolden(path: string, actual: string): Promise<void> {
  if (goldenUpdate()) {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, actual);
    return;
  }
  const golden = existsSync(path) ? await readFile(path, "utf8") : `(missing: ${relative(process.cwd(), path)}; run \`npm run golden:update\`)\n`;
  expect(actual).toBe(golden);
}
