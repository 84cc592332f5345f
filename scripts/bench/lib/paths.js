// Where things are: the repository root, the generated package (and the run's copy of
// it), the bench's scratch directory (.tmp/ is git-ignored), and the tools it spawns.
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const BENCH_DIR = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const REPO = resolve(BENCH_DIR, "..", "..");
export const SCRATCH = join(REPO, ".tmp", "bench");
/** What `npm run generate` wrote. Other work may regenerate it during a run, so the bench reads… */
export const GENERATED_SOURCE = join(REPO, "generated");
/** …a copy of it taken when the run starts: every section measures the same files. */
export const GENERATED = join(SCRATCH, "generated");
export const TSP = join(REPO, "node_modules", "@typespec", "compiler", "cmd", "tsp.js");
export const DOCS = join(REPO, "docs");

/** The newest stable API version: the one every per-event figure uses. */
export const VERSION = "2026-07-15";
