import { readdirSync, existsSync } from "node:fs";
import { join } from "node:path";
import { generatedDir, repoRoot } from "../support/paths.js";

export { generatedDir, repoRoot };

/** The installed `openai` package: the tests read its declarations in place, never a copy. */
export const openaiDir = join(repoRoot, "node_modules/openai");

/** Where the reports are committed, one per API version and OpenAI flavour. */
export const goldenDir = join(repoRoot, "test/golden/openai");

/**
 * The VoiceLive API versions present in `generated/`: every directory holding a
 * `schema.json`. Sorted, because readdir order is the file system's, not ours; the
 * version strings are ISO dates, so string order is release order.
 */
export function voiceLiveVersions(): string[] {
  return readdirSync(generatedDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(generatedDir, entry.name, "schema.json")))
    .map((entry) => entry.name)
    .sort();
}
