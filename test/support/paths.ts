// The paths every test directory needs, built from this file's location, never from the
// working directory.
import { join, resolve } from "node:path";

/** The workspace root. */
export const repoRoot = resolve(import.meta.dirname, "../..");

/** The package `npm run generate` writes: tests read it as committed and never regenerate it. */
export const generatedDir = join(repoRoot, "generated");
