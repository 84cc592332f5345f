import { execFile } from "node:child_process";
import { delimiter, dirname } from "node:path";

export interface RunResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * The environment for child processes: the test's own Node first on PATH, so that
 * `npm` (a `#!/usr/bin/env node` script) runs on Node 22 and not on the system's Node 20.
 */
export function childEnv(): NodeJS.ProcessEnv {
  return { ...process.env, PATH: [dirname(process.execPath), process.env.PATH ?? ""].join(delimiter) };
}

/** Runs a program without a shell and reports its exit code instead of throwing, so a test can show the output. */
export function run(file: string, args: readonly string[], cwd: string): Promise<RunResult> {
  return new Promise((resolvePromise, reject) => {
    // attw's JSON report carries module resolution traces: megabytes for a package with many entry points.
    execFile(file, args, { cwd, env: childEnv(), maxBuffer: 256 * 1024 * 1024, encoding: "utf8" }, (error, stdout, stderr) => {
      if (error && typeof error.code !== "number") {
        reject(error);
        return;
      }
      resolvePromise({ code: error ? (error.code as number) : 0, stdout, stderr });
    });
  });
}

/** `run` for set-up steps, where a failure leaves nothing to test: throws with the command's output. */
export async function runOrThrow(file: string, args: readonly string[], cwd: string): Promise<RunResult> {
  const result = await run(file, args, cwd);
  if (result.code !== 0) {
    throw new Error(`${[file, ...args].join(" ")} exited with ${result.code} in ${cwd}\n${result.stdout}\n${result.stderr}`);
  }
  return result;
}
