import type { ApiModel } from "../../model/ir.js";
import type { OutputFile } from "../../output/output-files.js";
import { generatedHeader, regenerateHint } from "../header.js";
import { buildChangelog } from "./build-changelog.js";
import { renderChangesJson } from "./render-json.js";
import { CHANGES_JSON, renderChangesMarkdown } from "./render-markdown.js";

const ORIGIN = "the emitter's changelog of API versions";

/**
 * `CHANGES.md` and `changes.json` at the root of the output directory: what changed
 * between consecutive emitted versions. Nothing when fewer than two versions are emitted.
 */
export function writeChangelog(models: readonly ApiModel[], regenerateCommand: string | undefined): OutputFile[] {
  const changelog = buildChangelog(models);
  if (!changelog) return [];
  return [
    { path: "CHANGES.md", content: renderChangesMarkdown(changelog, regenerateHint(regenerateCommand)), origin: ORIGIN },
    { path: CHANGES_JSON, content: renderChangesJson(changelog, generatedHeader(undefined, regenerateCommand)), origin: ORIGIN },
  ];
}
