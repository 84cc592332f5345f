import { readFileSync } from "node:fs";
import { join } from "node:path";
import { examples } from "./examples/index.js";
import { flavours, type Flavour } from "./flavours.js";
import { openaiDir, voiceLiveVersions } from "./paths.js";
import { readOpenAI, type OpenAIApi } from "./read-openai.js";
import { readVoiceLive } from "./read-voicelive.js";
import { buildReport, type Report } from "./report.js";
import { loadValidators } from "./run-examples.js";

/** The installed `openai` version, named in every report: an upgrade that moves a shape shows in the diff. */
export const openaiVersion: string = (JSON.parse(readFileSync(join(openaiDir, "package.json"), "utf8")) as { version: string }).version;

/** Every VoiceLive version against every flavour, in file-name order; each flavour's declarations are read once. */
export async function buildAllReports(): Promise<Report[]> {
  const versions = voiceLiveVersions();
  const reports: Report[] = [];
  for (const flavour of flavours) {
    const openai = readOpenAI(flavour);
    for (const version of versions) reports.push(await reportFor(version, flavour, openai));
  }
  return reports;
}

async function reportFor(version: string, flavour: Flavour, openai: OpenAIApi): Promise<Report> {
  return buildReport(readVoiceLive(version), openai, await loadValidators(version), examples[flavour.id]);
}

/** `2026-04-10.ga.md`: version first, so a directory listing groups a version's two reports. */
export function goldenFileName(version: string, flavour: Flavour["id"]): string {
  return `${version}.${flavour}.md`;
}
