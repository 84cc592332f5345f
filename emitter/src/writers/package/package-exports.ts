import { posix } from "node:path";
import { compareCodeUnits } from "../../code-unit-order.js";
import type { OutputFile } from "../../output/output-files.js";

type ExportTarget = string | { types: string; default: string };

/**
 * The `exports` map: every JavaScript module at the package root or directly in a
 * version folder that has declarations beside it is a subpath (`index.js` is its
 * folder's own subpath, `.` at the root), plus each version's schema bundle and
 * `package.json`, and the data files at the root given in `rootData` (`changes.json`).
 * Modules elsewhere (shared runtime code) stay private. Sorted by subpath.
 */
export function packageExports(
  files: readonly OutputFile[],
  versionFolders: readonly string[],
  withSchemas: boolean,
  rootData: readonly string[] = [],
): Record<string, ExportTarget> {
  const paths = new Set(files.map((file) => file.path));
  const entryFolders = new Set([".", ...versionFolders]);
  const entries: [string, ExportTarget][] = [];
  for (const path of paths) {
    if (!path.endsWith(".js") || !entryFolders.has(posix.dirname(path))) continue;
    const declarations = path.replace(/\.js$/, ".d.ts");
    if (!paths.has(declarations)) continue;
    entries.push([subpath(path), { types: `./${declarations}`, default: `./${path}` }]);
  }
  if (withSchemas) {
    for (const folder of versionFolders) entries.push([`./${posix.join(folder, "schema.json")}`, `./${posix.join(folder, "schema.json")}`]);
  }
  entries.push(["./package.json", "./package.json"], ...rootData.map((path): [string, ExportTarget] => [`./${path}`, `./${path}`]));
  entries.sort(([a], [b]) => (a === "." ? -1 : b === "." ? 1 : compareCodeUnits(a, b)));
  return Object.fromEntries(entries);
}

function subpath(path: string): string {
  const withoutExtension = path.replace(/\.js$/, "");
  const folder = posix.dirname(withoutExtension);
  if (posix.basename(withoutExtension) === "index") return folder === "." ? "." : `./${folder}`;
  return `./${withoutExtension}`;
}

/**
 * The `files` list: every top-level entry the package needs, so that nothing else
 * in the output directory (such as the emitter's ownership marker) is published.
 */
export function packageFiles(files: readonly OutputFile[]): string[] {
  const topLevel = files.map((file) => file.path.split("/")[0]!).filter((entry) => entry !== "package.json");
  return [...new Set(topLevel)].sort(compareCodeUnits);
}
