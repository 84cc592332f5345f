// What an SDK pays for one import of a version module: each function tree-shakes on its own.
// Bundled with esbuild, minified and gzipped, as a browser bundle would ship it.
import { gzipSync } from "node:zlib";
import { join } from "node:path";
import { build } from "esbuild";
import { beforeAll, describe, expect, it } from "vitest";
import { generatedDir } from "../support/paths.js";

const versionModule = join(generatedDir, "2026-04-10", "index.js");

const KIB = 1024;
/**
 * Budgets in bytes of minified+gzipped output. Measured on 2026-12-06:
 * parse-only 42,767 (the ServerEvent validator alone is 40,197; the 25 KiB target
 * would need a smaller validator, which marking calls pure cannot give), check-only 25,528,
 * both 51,122, the whole module 79,712 (before any of this work). Each budget is the measure
 * plus the slack named beside it.
 */
const BUDGET = {
  parseOnly: Math.round(42_767 * 1.02),
  checkOnly: Math.round(25_528 * 1.1),
  whole: Math.round(79_712 * 1.02),
};

/** A literal only the ClientEvent validator holds: `session.update` is sent, never received. */
const CLIENT_VALIDATOR_MARK = '"session.update"';

interface Bundle {
  text: string;
  gzipped: number;
}

async function bundle(entry: string): Promise<Bundle> {
  const result = await build({
    stdin: { contents: entry, resolveDir: generatedDir, loader: "js" },
    bundle: true,
    minify: true,
    write: false,
    format: "esm",
    platform: "browser",
    logLevel: "silent",
  });
  const bytes = result.outputFiles[0]!.contents;
  return { text: new TextDecoder().decode(bytes), gzipped: gzipSync(bytes).length };
}

const from = JSON.stringify(versionModule);

describe("bundle size of the 2026-04-10 module", () => {
  let parseOnly: Bundle;
  let checkOnly: Bundle;
  let both: Bundle;
  let whole: Bundle;

  beforeAll(async () => {
    [parseOnly, checkOnly, both, whole] = await Promise.all([
      bundle(`import { parseServerEvent } from ${from}; globalThis.use = parseServerEvent;`),
      bundle(`import { validateClientEvent } from ${from}; globalThis.use = validateClientEvent;`),
      bundle(`import { parseServerEvent, validateClientEvent } from ${from}; globalThis.use = [parseServerEvent, validateClientEvent];`),
      bundle(`export * from ${from};`),
    ]);
  });

  it("parse-only leaves the client validator out and stays within its budget", () => {
    expect(checkOnly.text).toContain(CLIENT_VALIDATOR_MARK);
    expect(parseOnly.text).not.toContain(CLIENT_VALIDATOR_MARK);
    expect(parseOnly.gzipped).toBeLessThanOrEqual(BUDGET.parseOnly);
  });

  it("check-only leaves the server parser out and stays within its budget", () => {
    expect(checkOnly.gzipped).toBeLessThanOrEqual(BUDGET.checkOnly);
    expect(checkOnly.gzipped).toBeLessThan(parseOnly.gzipped);
  });

  it("both together cost about the sum of the parts, less than the whole module", () => {
    expect(both.gzipped).toBeGreaterThan(parseOnly.gzipped);
    expect(both.gzipped).toBeGreaterThan(checkOnly.gzipped);
    expect(both.gzipped).toBeLessThan(whole.gzipped);
  });

  it("the whole module does not grow", () => {
    expect(whole.gzipped).toBeLessThanOrEqual(BUDGET.whole);
    expect(whole.gzipped).toBeGreaterThan(40 * KIB);
  });
});
