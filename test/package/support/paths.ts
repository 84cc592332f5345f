import { join, resolve } from "node:path";

/** The workspace root: the tools below are its own pinned installs, not whatever is on PATH. */
export const repoRoot = resolve(import.meta.dirname, "../../..");

/** The package `npm run generate` writes; these tests check it as committed, they never regenerate it. */
export const generatedDir = join(repoRoot, "generated");

/** The consumer program and its tsconfigs, copied into each temporary consumer project. */
export const consumerSourceDir = resolve(import.meta.dirname, "../consumer");

/** The static page the browser test serves around the bundled consumer. */
export const pageDir = resolve(import.meta.dirname, "../page");

/** The workspace's TypeScript compiler: a consumer project installs only the package under test. */
export const tscCli = join(repoRoot, "node_modules/typescript/bin/tsc");

/** The `attw` binary of @arethetypeswrong/cli (its `exports` do not expose the entry point). */
export const attwCli = join(repoRoot, "node_modules/@arethetypeswrong/cli/dist/index.js");
