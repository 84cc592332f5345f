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
/** A check file built from one report with one event's verdict falsely turned to "identical"; see the canary test. */
let canary: Checked & { readonly subject: string };

beforeAll(async () => {
  const reports = await buildAllReports();
  const files = reports.map((report) => {
    const fileName = join(checkDir, goldenFileName(report.version, report.flavour.id).replace(/\.md$/, ".check.ts"));
    return { report, fileName, ...checkSource(report, fileName, join(generatedDir, report.version, "types.d.ts"), assertions) };
  });
  const canaryFile = falseClaim(reports);
  const diagnostics = checkFiles([...files, canaryFile]);
  const diagnosticsOf = (fileName: string) => diagnostics.filter((d) => d.fileName === fileName);
  checked = files.map((file) => ({ report: file.report, checks: file.checks, diagnostics: diagnosticsOf(file.fileName) }));
  canary = { report: canaryFile.report, checks: canaryFile.checks, diagnostics: diagnosticsOf(canaryFile.fileName), subject: canaryFile.subject };
});

/**
 * The first event the reports call "different", claimed "identical" in a check file of its
 * own. A verdict of "identical" claims both "identical" and "mutually assignable", both false
 * for a different event. (No event is merely "assignable", which would make one claim false.)
 */
function falseClaim(reports: readonly Report[]) {
  for (const report of reports) {
    const event = report.events.find((e) => e.verdict === "different");
    if (!event) continue;
    const falsified: Report = { ...report, events: [{ ...event, verdict: "identical" }], pairs: [] };
    const fileName = join(checkDir, "canary.check.ts");
    const source = checkSource(falsified, fileName, join(generatedDir, report.version, "types.d.ts"), assertions);
    return { report: falsified, fileName, ...source, subject: `event ${event.voicelive.type} ↔ ${event.openai.type}` };
  }
  throw new Error("no report has an event the reports call different: the canary has nothing to falsify");
}

describe("the type checker catches a false claim", () => {
  it("reports both false claims on their subject, and nothing else", () => {
    const reported = canary.diagnostics.map((diagnostic) => {
      const check = canary.checks.find((c) => c.alias === diagnostic.alias);
      return check ? `${check.subject}: ${check.claim}` : diagnostic.message;
    });
    expect(reported).toEqual([`${canary.subject}: identical`, `${canary.subject}: mutually assignable`]);
  });
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
