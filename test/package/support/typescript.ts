import { join } from "node:path";
import { tscCli } from "./paths.js";
import { run, type RunResult } from "./run.js";

/** `tsc -p <tsconfig>` in a consumer project, on the test's Node: the workspace's TypeScript unless `cli` names another, with any further options. */
export function compileConsumer(projectDir: string, tsconfig: string, { cli = tscCli, options = [] }: { cli?: string; options?: readonly string[] } = {}): Promise<RunResult> {
  return run(process.execPath, [cli, "-p", join(projectDir, tsconfig), "--pretty", "false", ...options], projectDir);
}

/** The version a TypeScript CLI reports (`tsc -v`: "Version 5.0.4"). */
export async function typeScriptVersion(cli: string): Promise<string> {
  const { stdout } = await run(process.execPath, [cli, "-v"], ".");
  return stdout.trim().replace(/^Version /, "");
}
