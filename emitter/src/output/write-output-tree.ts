import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readdir, rename, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { emitFile, NodeHost, type Program } from "@typespec/compiler";
import { reportDiagnostic } from "../lib.js";
import { optionTarget } from "../option-location.js";
import { sortOutputFiles, type OutputFile } from "./output-files.js";
import { recoverInterruptedRun, scratchDirs } from "./scratch-dirs.js";

/** Marks a directory as this emitter's, so it may replace it as a whole. */
const OWNERSHIP_MARKER = ".typespec-wire-emitter";

/** The marker as an output file: written last, and reserved when output paths are checked. */
export const MARKER_FILE: OutputFile = {
  path: OWNERSHIP_MARKER,
  content: "This directory is generated; it is replaced as a whole on every run.\n",
  origin: "the emitter's ownership marker",
};

/**
 * Writes the whole output tree or nothing. On the real file system the tree is
 * written into a sibling temporary directory and swapped in by two renames, so a
 * run that fails or is interrupted before them leaves the previous output intact;
 * one killed between them leaves it beside the output directory, and the next run
 * puts it back first (see scratch-dirs.ts). Files from an older run that the spec no
 * longer produces disappear. A directory that exists but was not written by this
 * emitter is never replaced.
 */
export async function writeOutputTree(program: Program, outputDir: string, files: readonly OutputFile[]): Promise<void> {
  const marked = [...sortOutputFiles(files), MARKER_FILE];
  // The CLI's host spreads NodeHost (adding a log sink), so compare a file operation, not the object.
  if (program.host.writeFile !== NodeHost.writeFile) {
    // The compiler's test host has a virtual file system without rename: write in place.
    for (const file of marked) await emitFile(program, { path: join(outputDir, file.path), content: file.content });
    return;
  }
  try {
    await recoverInterruptedRun(outputDir);
    if (existsSync(outputDir) && !existsSync(join(outputDir, OWNERSHIP_MARKER)) && !(await isEmptyDir(outputDir))) {
      reportDiagnostic(program, { code: "output-dir-not-owned", format: { path: outputDir, marker: OWNERSHIP_MARKER }, target: optionTarget(program, "emitter-output-dir") });
      return;
    }
    await replaceTree(outputDir, marked);
  } catch (error) {
    // A full disk, a missing permission, a file where a directory should be: a diagnostic, not a crash.
    const code = (error as NodeJS.ErrnoException).code;
    if (typeof code !== "string") throw error;
    reportDiagnostic(program, { code: "output-write-failed", format: { path: outputDir, reason: (error as Error).message }, target: optionTarget(program, "emitter-output-dir") });
  }
}

/** Writes the tree beside the output directory, then swaps it in by two renames. */
async function replaceTree(outputDir: string, files: readonly OutputFile[]): Promise<void> {
  const { staging, retired } = scratchDirs(outputDir, process.pid, randomBytes(4).toString("hex"));
  try {
    for (const file of files) {
      const target = join(staging, file.path);
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, file.content);
    }
    const hadOutput = existsSync(outputDir);
    if (hadOutput) await rename(outputDir, retired);
    try {
      await rename(staging, outputDir);
    } catch (error) {
      if (hadOutput) await rename(retired, outputDir);
      throw error;
    }
  } finally {
    await rm(staging, { recursive: true, force: true });
    await rm(retired, { recursive: true, force: true });
  }
}

async function isEmptyDir(path: string): Promise<boolean> {
  return (await readdir(path)).length === 0;
}
