import { join } from "node:path";
import { tscCli } from "./paths.js";
import { run, type RunResult } from "./run.js";

/** `tsc -p <tsconfig>` in a consumer project, with the workspace's TypeScript on the test's Node. */
export function compileConsumer(projectDir: string, tsconfig: string): Promise<RunResult> {
  return run(process.execPath, [tscCli, "-p", join(projectDir, tsconfig), "--pretty", "false"], projectDir);
}
