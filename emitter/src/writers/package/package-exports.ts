import { posix } from "node:path";
import type { OutputFile } from "../../output/output-files.js";

type ExportTarget = string | { types: string; default: string };

/**
 * The `exports` map: every JavaScript module that has declarations beside it is a
 * subpath (`index.js` is its folder's own subpath, `.` at the root), plus each
 * version's schema bundle and `package.json`. Sorted by subpath.
 */
export function packageExports(files: readonly OutputFile[], versionFolders: readonly string[], withSchemas: boolean): Record<string, ExportTarget> {
  const paths = new Set(files.map((file) => file.path));
  const entries: [string, ExportTarget][] = [];
  for (const path of paths) {
    if (!path.endsWith(".js")) continue;
    const declarations = path.replace(/\.js$/, ".d.ts");
    if (!paths.has(declarations)) continue;
    entries.push([subpath(path), { types: `./${declarations}`, default: `./${path}` }]);
  }
  if (withSchemas) {
    for (const folder of versionFolders) entries.push([`./${posix.join(folder, "schema.json")}`, `./${posix.join(folder, "schema.json")}`]);
  }
  entries.push(["./package.json", "./package.json"]);
  entries.sort(([a], [b]) => (a === "." ? -1 : b === "." ? 1 : a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(entries);
}

function subpath(path: string): string {
  const withoutExtension = path.replace(/\.js$/, "");
  const folder = posix.dirname(withoutExtension);
  if (posix.basename(withoutExtension) === "index") return folder === "." ? "." : `./${folder}`;
  return `./${withoutExtension}`;
}
