// The API versions this package holds, read from its own package.json: every subpath
// export that has a `/strict` sibling is a version, whose modules say which one
// (`apiVersion`). Nothing is hard-coded, so the checker follows the package as generated.
import { readFile } from "node:fs/promises";

/**
 * The package's versions, each with a `load(mode)` that imports its module of that mode
 * (`spec` or `strict`) on first use. Sorted by the folder's name; `apiVersion` is known
 * once a module is loaded (see `loadVersions`).
 */
export async function versionEntries(packageRoot) {
  const manifest = JSON.parse(await readFile(new URL("package.json", packageRoot), "utf8"));
  const exports = manifest.exports ?? {};
  const entries = [];
  for (const [subpath, target] of Object.entries(exports)) {
    const strict = exports[`${subpath}/strict`];
    if (subpath === "." || strict === undefined) continue;
    const files = { spec: fileOf(target), strict: fileOf(strict) };
    if (!files.spec || !files.strict) continue;
    entries.push({ subpath, load: (mode) => import(new URL(files[mode], packageRoot).href) });
  }
  return entries.sort((a, b) => (a.subpath < b.subpath ? -1 : a.subpath > b.subpath ? 1 : 0));
}

/**
 * The parsers of the versions asked for: all of them, or the one whose `apiVersion` is
 * `wanted` (its folder is tried first, so only its module is loaded). Returns
 * `{ versions }`, sorted by API version, or `{ unknown, known }` when no version is `wanted`.
 */
export async function loadVersions(packageRoot, mode, wanted) {
  const entries = await versionEntries(packageRoot);
  if (wanted !== undefined) {
    const likely = entries.filter((entry) => entry.subpath.split("/").pop() === wanted);
    for (const entry of [...likely, ...entries.filter((entry) => !likely.includes(entry))]) {
      const version = toVersion(await entry.load(mode));
      if (version.apiVersion === wanted) return { versions: [version] };
    }
  }
  const versions = await Promise.all(entries.map(async (entry) => toVersion(await entry.load(mode))));
  versions.sort((a, b) => (a.apiVersion < b.apiVersion ? -1 : a.apiVersion > b.apiVersion ? 1 : 0));
  if (wanted !== undefined) return { unknown: wanted, known: versions.map((version) => version.apiVersion) };
  return { versions };
}

function toVersion(module) {
  return { apiVersion: module.apiVersion, parseServerEvent: module.parseServerEvent, parseClientEvent: module.parseClientEvent };
}

/** The file an export target points at: `"./x.js"`, or the `default` / `import` of a conditions object. */
function fileOf(target) {
  if (typeof target === "string") return target;
  if (target !== null && typeof target === "object") return fileOf(target.default ?? target.import);
  return undefined;
}
