import { NoTarget, type Program } from "@typespec/compiler";
import { reportDiagnostic } from "../lib.js";
import type { OutputFile } from "./output-files.js";
import { OWNERSHIP_MARKER } from "./write-output-tree.js";

/**
 * Reports output paths that two files map to (a per-version template that renders
 * to a root file of an unversioned spec, a template named like a generated file, …);
 * returns whether there was one. Writing such a tree would silently keep whichever
 * file came last. One diagnostic per pair of producers, at the first path they share.
 */
export function reportPathCollisions(program: Program, files: readonly OutputFile[]): boolean {
  const marker: OutputFile = { path: OWNERSHIP_MARKER, content: "", origin: "the emitter's ownership marker" };
  const byPath = new Map<string, OutputFile>();
  const reported = new Set<string>();
  for (const file of [marker, ...files]) {
    const first = byPath.get(file.path);
    if (!first) {
      byPath.set(file.path, file);
      continue;
    }
    const pair = JSON.stringify([first.origin, file.origin]);
    if (reported.has(pair)) continue;
    reported.add(pair);
    reportDiagnostic(program, {
      code: "output-path-collision",
      format: { path: file.path, first: first.origin, second: file.origin },
      target: NoTarget,
    });
  }
  return reported.size > 0;
}
