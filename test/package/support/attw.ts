import { attwCli } from "./paths.js";
import { run } from "./run.js";

export interface AttwProblem {
  readonly kind: string;
  readonly entrypoint: string;
  readonly resolutionKind?: string;
}

export interface AttwReport {
  readonly code: number;
  readonly problems: readonly AttwProblem[];
}

/**
 * `attw <tarball> --format json --profile esm-only`. The package is ESM only on purpose
 * (`"type": "module"`, no `require` condition): that profile leaves out the node10 and
 * node16-from-CommonJS resolutions, whose only complaint about such a package is that
 * it is ESM. The exit code follows the profile; the JSON lists every resolution's problems.
 */
export async function runAttw(tarball: string, cwd: string): Promise<AttwReport> {
  const { code, stdout, stderr } = await run(process.execPath, [attwCli, tarball, "--format", "json", "--profile", "esm-only"], cwd);
  let report: { problems?: Record<string, AttwProblem[]> | AttwProblem[] };
  try {
    report = JSON.parse(stdout);
  } catch {
    throw new Error(`attw printed no JSON (exit ${code}):\n${stdout}\n${stderr}`);
  }
  const problems = Array.isArray(report.problems) ? report.problems : Object.values(report.problems ?? {}).flat();
  return { code, problems };
}

/** The resolutions `--profile esm-only` does not hold against a package. */
export const ESM_ONLY_IGNORED_RESOLUTIONS: ReadonlySet<string> = new Set(["node10", "node16-cjs"]);
