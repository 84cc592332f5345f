import { join } from "node:path";
import { assertGeneratedPackage } from "./generated-package.js";
import { generatedDir } from "./paths.js";
import { runOrThrow } from "./run.js";

export interface PackedPackage {
  /** Absolute path of the .tgz. */
  readonly tarball: string;
  /** Paths inside the tarball (relative to its `package/` folder), as npm reports them. */
  readonly files: readonly string[];
}

/**
 * `npm pack` of generated/, into `destination`: what a publish would upload, so the
 * tests see exactly the files an SDK gets (npm's own include and ignore rules applied).
 */
export async function packGenerated(destination: string): Promise<PackedPackage> {
  assertGeneratedPackage();
  // --ignore-scripts: the package has none, and a pack step must not run any it might gain.
  const { stdout } = await runOrThrow("npm", ["pack", generatedDir, "--json", "--ignore-scripts", "--pack-destination", destination], destination);
  const [report] = JSON.parse(stdout) as { filename: string; files: { path: string }[] }[];
  if (!report) throw new Error(`npm pack printed no report:\n${stdout}`);
  return { tarball: join(destination, report.filename), files: report.files.map((file) => file.path) };
}
