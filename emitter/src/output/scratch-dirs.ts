import { existsSync } from "node:fs";
import { readdir, rename, rm, stat } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { compareCodeUnits } from "../code-unit-order.js";

/**
 * The directories a run keeps beside the output directory while it swaps the new
 * tree in: `.out.staging-<pid>-<random>` (the new tree being written) and
 * `.out.old-<pid>-<random>` (the previous tree, between the two renames).
 */
export function scratchDirs(outputDir: string, pid: number, random: string): { staging: string; retired: string } {
  const at = (kind: string) => join(dirname(outputDir), `.${basename(outputDir)}.${kind}-${pid}-${random}`);
  return { staging: at("staging"), retired: at("old") };
}

const SCRATCH_SUFFIX = /^(staging|old)-(\d+)-[0-9a-f]+$/;

/**
 * Repairs what a run that died mid-write left beside the output directory. One
 * that died between its two renames left no output directory and the previous
 * tree under `.out.old-*`: it is put back, so the output is never lost to a crash.
 * Other scratch directories of dead processes are deleted; those of a live process
 * (a run going on now) are left alone.
 */
export async function recoverInterruptedRun(outputDir: string): Promise<void> {
  const parent = dirname(outputDir);
  const prefix = `.${basename(outputDir)}.`;
  const names = await readdir(parent).catch(() => [] as string[]);
  const leftovers = names
    .filter((name) => name.startsWith(prefix))
    .map((name) => ({ name, match: SCRATCH_SUFFIX.exec(name.slice(prefix.length)) }))
    .filter(({ match }) => match !== null && !isAlive(Number(match[2])))
    .map(({ name, match }) => ({ path: join(parent, name), kind: match![1] }))
    .sort((a, b) => compareCodeUnits(a.path, b.path));
  if (!existsSync(outputDir)) {
    const retired = await newest(leftovers.filter((leftover) => leftover.kind === "old").map((leftover) => leftover.path));
    // Another run recovering at the same moment may have put it back already.
    if (retired) await rename(retired, outputDir).catch(ignoreIfGone);
  }
  for (const leftover of leftovers) await rm(leftover.path, { recursive: true, force: true });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** The most recently modified directory: the latest previous output, should several runs have died. */
async function newest(paths: readonly string[]): Promise<string | undefined> {
  const stats = await Promise.all(paths.map(async (path) => ({ path, time: (await stat(path).catch(ignoreIfGone))?.mtimeMs })));
  const times = stats.filter((item): item is { path: string; time: number } => item.time !== undefined);
  return times.reduce<(typeof times)[number] | undefined>((best, item) => (best === undefined || item.time > best.time ? item : best), undefined)?.path;
}

/** Swallows "no such file": a leftover another run has just recovered or removed. */
function ignoreIfGone(error: NodeJS.ErrnoException): undefined {
  if (error.code !== "ENOENT") throw error;
  return undefined;
}
