// The listed exceptions: the rows of the one table in exceptions.md. Each row names a
// corpus event (file and line), the API versions it applies to, and why it is excused.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { conformanceDir } from "./corpus.js";

export const exceptionsPath = join(conformanceDir, "exceptions.md");

export interface ListedException {
  file: string;
  line: number;
  /** API versions, or `all`. */
  versions: string[] | "all";
  reason: string;
  /** The line of exceptions.md the row sits on, for messages. */
  at: number;
}

const header = ["file", "line", "versions", "reason"];

/**
 * Parses the table whose header is `| file | line | versions | reason |`. Text outside the
 * table is prose and ignored; a malformed row throws with its line, so a typo cannot make
 * an exception silently disappear.
 */
export function parseExceptions(markdown: string): ListedException[] {
  const lines = markdown.split("\n");
  const start = lines.findIndex((line) => sameCells(cells(line), header));
  if (start < 0) throw new Error(`exceptions.md has no table with the header | ${header.join(" | ")} |`);
  if (!/^\|(\s*:?-+:?\s*\|)+$/.test(lines[start + 1]?.trim() ?? "")) throw new Error(`exceptions.md:${start + 2}: expected the table's separator row`);
  const rows: ListedException[] = [];
  for (let index = start + 2; index < lines.length && lines[index]!.trim().startsWith("|"); index++) {
    const row = cells(lines[index]!);
    const at = index + 1;
    if (row.length !== header.length) throw new Error(`exceptions.md:${at}: expected ${header.length} cells, found ${row.length}`);
    const [file, line, versions, reason] = row as [string, string, string, string];
    const lineNumber = Number(line);
    if (!file.endsWith(".jsonl")) throw new Error(`exceptions.md:${at}: "${file}" is not a corpus file`);
    if (!Number.isInteger(lineNumber) || lineNumber < 1) throw new Error(`exceptions.md:${at}: "${line}" is not a line number`);
    if (!reason) throw new Error(`exceptions.md:${at}: an exception needs a reason`);
    const list = versions === "all" ? ("all" as const) : versions.split(",").map((version) => version.trim()).filter(Boolean);
    if (list !== "all" && list.length === 0) throw new Error(`exceptions.md:${at}: no versions`);
    rows.push({ file: stripCode(file), line: lineNumber, versions: list, reason, at });
  }
  return rows;
}

export function readExceptions(): ListedException[] {
  return parseExceptions(readFileSync(exceptionsPath, "utf8"));
}

export function appliesTo(exception: ListedException, version: string): boolean {
  return exception.versions === "all" || exception.versions.includes(version);
}

function cells(line: string): string[] {
  const trimmed = line.trim();
  if (!trimmed.startsWith("|") || !trimmed.endsWith("|")) return [];
  return trimmed
    .slice(1, -1)
    .split("|")
    .map((cell) => stripCode(cell.trim()));
}

function stripCode(cell: string): string {
  return cell.replace(/^`(.*)`$/, "$1");
}

function sameCells(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((cell, index) => cell.toLowerCase() === b[index]);
}
