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
 * Budgets in bytes of minified+gzipped output, measured on 2026-12-06, each with the slack
 * named beside it:
 * - parse-only 42,770: the ServerEvent validator alone is 40,197, so the 25 KiB the issue
 *   aims at needs a smaller validator; marking the calls pure took it from 51,223 to this.
 * - check-only 30,751: checkClientEvent uses the strict ClientEvent validator.
 * - the exports the module had before the send side (the validators, the parsers, the
 *   formatter): 79,712 before this work, 79,552 after.
 * - the whole module 108,637: the send side adds the strict ClientEvent validator, which
 *   shares no code with the tolerant validators.js.
 * The per-version event-type lists, added after, bring parse-only to 43,026, check-only to
 * 31,015 and the whole module to 109,352, inside the same budgets.
 * "Did you mean" for a misspelt optional key puts the strict schema's property names into
 * the strict validators only, and takes the misspelling code out of the tolerant ones:
 * parse-only 42,398, check-only 32,086, the whole module 109,756.
 */
const BUDGET = {
  parseOnly: Math.round(42_770 * 1.02),
  checkOnly: Math.round(30_751 * 1.1),
  earlierExports: Math.round(79_712 * 1.02),
  whole: Math.round(108_637 * 1.02),
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
  let earlierExports: Bundle;
  let whole: Bundle;

  beforeAll(async () => {
    [parseOnly, checkOnly, both, earlierExports, whole] = await Promise.all([
      bundle(`import { parseServerEvent } from ${from}; globalThis.use = parseServerEvent;`),
      bundle(`import { checkClientEvent } from ${from}; globalThis.use = checkClientEvent;`),
      bundle(`import { checkClientEvent, parseServerEvent } from ${from}; globalThis.use = [parseServerEvent, checkClientEvent];`),
      bundle(
        `export * from ${JSON.stringify(join(generatedDir, "2026-04-10", "validators.js"))};` +
          `export { apiVersion, describeRejection, formatValidationErrors, parseClientEvent, parseServerEvent } from ${from};`,
      ),
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

  it("what the module exported before the send side does not grow", () => {
    expect(earlierExports.gzipped).toBeLessThanOrEqual(BUDGET.earlierExports);
    expect(earlierExports.gzipped).toBeGreaterThan(40 * KIB);
  });

  it("the whole module stays within its budget", () => {
    expect(whole.gzipped).toBeLessThanOrEqual(BUDGET.whole);
    expect(whole.gzipped).toBeGreaterThan(earlierExports.gzipped);
  });
});
