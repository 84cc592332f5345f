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

/**
 * The oldest TypeScript the package's declarations support (`export type *` needs 5.0), the
 * devDependency `typescript-5.0` (an npm alias of typescript@5.0.4), run by its path: its own
 * `tsc` bin must not stand in for the workspace's.
 */
export const oldestTypeScript = { version: "5.0.4", cli: join(repoRoot, "node_modules/typescript-5.0/bin/tsc") };

/** The `attw` binary of @arethetypeswrong/cli (its `exports` do not expose the entry point). */
export const attwCli = join(repoRoot, "node_modules/@arethetypeswrong/cli/dist/index.js");
