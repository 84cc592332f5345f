import { NoTarget, type Program } from "@typespec/compiler";
import { reportDiagnostic } from "../lib.js";
import { leavesDirectory, normalizedOutputPath } from "./path-rules.js";
import type { OutputFile } from "./output-files.js";
import { MARKER_FILE } from "./write-output-tree.js";

/**
 * Checks the output paths before anything is written; returns whether they are
 * usable, after reporting what is wrong. A path must stay inside the output
 * directory (the `version-folder` option is checked up front, but an API version's
 * value such as `../x` is spec data), and no two files may map to one path (a
 * per-version template that renders to a root file of an unversioned spec, a
 * template named like a generated file, …): writing would silently keep the last.
 */
export function checkOutputPaths(program: Program, files: readonly OutputFile[]): boolean {
  const outside = files.filter((file) => leavesDirectory(file.path));
  // One diagnostic per producer, at its first such path: a version's files all leave together.
  const reported = new Set<string>();
  for (const file of outside) {
    if (reported.has(file.origin)) continue;
    reported.add(file.origin);
    reportDiagnostic(program, { code: "output-path-outside", format: { path: file.path, origin: capitalized(file.origin) }, target: NoTarget });
  }
  return outside.length === 0 && !reportPathCollisions(program, files);
}

/** One diagnostic per pair of producers, at the first path they share; whether there was one. */
function reportPathCollisions(program: Program, files: readonly OutputFile[]): boolean {
  const byPath = new Map<string, OutputFile>();
  const reported = new Set<string>();
  for (const file of [MARKER_FILE, ...files]) {
    const path = normalizedOutputPath(file.path);
    const first = byPath.get(path);
    if (!first) {
      byPath.set(path, file);
      continue;
    }
    const pair = JSON.stringify([first.origin, file.origin]);
    if (reported.has(pair)) continue;
    reported.add(pair);
    reportDiagnostic(program, { code: "output-path-collision", format: { path, first: first.origin, second: file.origin }, target: NoTarget });
  }
  return reported.size > 0;
}

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
