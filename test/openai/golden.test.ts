import { mkdir, readdir, rm } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildAllReports, goldenFileName, openaiVersion } from "./build-reports.js";
import { flavours } from "./flavours.js";
import { goldenDir, voiceLiveVersions } from "./paths.js";
import { renderReport } from "./render-report.js";
import type { Report } from "./report.js";
import { expectGolden, goldenUpdate } from "../support/golden.js";

/** `GOLDEN_UPDATE=1` rewrites the reports (and removes orphans) instead of comparing them; see support/golden.ts. */
const update = goldenUpdate();

let reports: Report[];

beforeAll(async () => {
  reports = await buildAllReports();
  if (update) await mkdir(goldenDir, { recursive: true });
});

const cases = flavours.flatMap((flavour) => voiceLiveVersions().map((version) => ({ version, flavour: flavour.id, name: goldenFileName(version, flavour.id) })));

describe("VoiceLive against the OpenAI realtime shapes", () => {
  it.each(cases)("$name is up to date", async ({ version, flavour, name }) => {
    const report = reports.find((r) => r.version === version && r.flavour.id === flavour)!;
    const actual = renderReport(report, openaiVersion);
    await expectGolden(join(goldenDir, name), actual);
  });

  it("has no golden report without a VoiceLive version and OpenAI flavour behind it", async () => {
    const expected = cases.map((c) => c.name).sort();
    const orphans = (await readdir(goldenDir)).filter((file) => !expected.includes(file)).sort();
    if (update) for (const orphan of orphans) await rm(join(goldenDir, orphan));
    else expect(orphans, "orphaned goldens: remove them or run `npm run golden:update`").toEqual([]);
  });
});
