import { join, resolve } from "node:path";
import { generatedDir, repoRoot } from "../../support/paths.js";

// The tools below are the workspace's own pinned installs, not whatever is on PATH.
export { generatedDir, repoRoot };

/** The consumer program and its tsconfigs, copied into each temporary consumer project. */
export const consumerSourceDir = resolve(import.meta.dirname, "../consumer");

/** The static page the browser test serves around the bundled consumer. */
export const pageDir = resolve(import.meta.dirname, "../page");

/** The workspace's TypeScript compiler: a consumer project installs only the package under test. */
export const tscCli = join(repoRoot, "node_modules/typescript/bin/tsc");

/** The `attw` binary of @arethetypeswrong/cli (its `exports` do not expose the entry point). */
export const attwCli = join(repoRoot, "node_modules/@arethetypeswrong/cli/dist/index.js");
