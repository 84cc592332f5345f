import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildAllReports, goldenFileName } from "./build-reports.js";
import { generatedDir } from "./paths.js";
import type { Report } from "./report.js";
import { checkFiles, type CheckDiagnostic } from "./typecheck/check-program.js";
import { checkSource, type Check } from "./typecheck/check-source.js";
import { knownDisagreements } from "./typecheck/known-disagreements.js";

/** Where the in-memory check files pretend to live: beside `assertions.ts`, so relative imports resolve. */
const checkDir = join(import.meta.dirname, "typecheck");
const assertions = join(checkDir, "assertions.ts");

interface Checked {
  readonly report: Report;
  readonly checks: readonly Check[];
  readonly diagnostics: readonly CheckDiagnostic[];
}

let checked: Checked[];

beforeAll(async () => {
  const reports = await buildAllReports();
  const files = reports.map((report) => {
    const fileName = join(checkDir, goldenFileName(report.version, report.flavour.id).replace(/\.md$/, ".check.ts"));
    return { report, fileName, ...checkSource(report, fileName, join(generatedDir, report.version, "types.d.ts"), assertions) };
  });
  const diagnostics = checkFiles(files);
  checked = files.map((file) => ({ report: file.report, checks: file.checks, diagnostics: diagnostics.filter((d) => d.fileName === file.fileName) }));
});

/**
 * The report's verdicts, proven by the type checker on the generated `types.d.ts` and
 * the `openai` declarations: "identical" payloads are identical (and so mutually
 * assignable) types; "assignable" ones are mutually assignable but not identical;
 * "different" ones are neither. A failure means the structural comparison (built from
 * `schema.json`) and the TypeScript declarations disagree: an emitter bug, or a
 * normalisation the comparison gets wrong.
 */
describe("the type checker agrees with the reports", () => {
  it("checks every shared event of every report", () => {
    for (const { report, checks } of checked) {
      const events = new Set(checks.filter((check) => check.subject.startsWith("event ")).map((check) => check.subject));
      expect(events.size, `${report.version} ${report.flavour.id}`).toBe(report.events.length);
    }
  });

  it.each(["ga", "beta"])("for every VoiceLive version against %s, events and model pairs", (flavour) => {
    const failures = disagreements()
      .filter((d) => d.flavour === flavour && !known.has(d.key))
      .map((d) => `${d.version}: ${d.text}`);
    expect(failures).toEqual([]);
  });

  it("lists only known disagreements that still occur", () => {
    const occurring = new Set(disagreements().map((d) => d.key));
    expect([...known].filter((key) => !occurring.has(key)), "fixed: remove from typecheck/known-disagreements.ts").toEqual([]);
  });
});

const known = new Set(knownDisagreements.map((entry) => `${entry.subject}: ${entry.claim}`));

/** Every diagnostic of every check file, as a disagreement between a report and the checker. */
function disagreements(): { flavour: string; version: string; key: string; text: string }[] {
  return checked.flatMap(({ report, checks, diagnostics }) =>
    diagnostics.map((diagnostic) => {
      const check = checks.find((c) => c.alias === diagnostic.alias);
      const key = check ? `${check.subject}: ${check.claim}` : diagnostic.message;
      const text = check ? `${check.subject}: the report says "${check.claim}", the type checker does not agree` : diagnostic.message;
      return { flavour: report.flavour.id, version: report.version, key, text };
    }),
  );
}
