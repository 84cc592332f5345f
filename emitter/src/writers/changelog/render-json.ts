import { generatedComment } from "../header.js";
import type { Changelog } from "./changes.js";

/** `changes.json`: the changelog as it is built, for tools; two-space indentation and a final newline. */
export function renderChangesJson(changelog: Changelog, header: string): string {
  return `${JSON.stringify({ $comment: generatedComment(header), ...changelog }, null, 2)}\n`;
}
