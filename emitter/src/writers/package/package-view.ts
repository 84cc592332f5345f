import { posix } from "node:path";
import type { ApiModel } from "../../model/ir.js";
import { versionFolderFor, type ResolvedOptions } from "../../options.js";

export interface VersionView {
  readonly version: string;
  readonly folder: string;
  readonly preview: boolean;
  /** Whether the package root exports this version (see `PackageView.latest`). */
  readonly atRoot: boolean;
  /**
   * The package root, relative to this version's folder: `..` for `2026-04-10`,
   * `../..` for `v1/wire`, `.` when the folder is the root. Templates import shared
   * files through it, so a nested `version-folder` keeps its imports inside the package.
   */
  readonly toRoot: string;
}

/** What package templates can use: the versions written, oldest first, and the one the package root exports. */
export interface PackageView {
  readonly versions: readonly VersionView[];
  /**
   * The version the package root exports: the newest stable one; when every version
   * is a preview, the newest preview (`latest.preview` is then true, and templates
   * must not call it stable).
   */
  readonly latest: VersionView | undefined;
  /** The package root, relative to the root templates' own folder. */
  readonly toRoot: string;
}

export function packageView(models: readonly ApiModel[], options: ResolvedOptions): PackageView {
  const written = models.map((model) => model.version ?? "");
  const stable = written.filter((version) => !isPreview(version));
  const rootVersion = stable.at(-1) ?? written.at(-1);
  const versions = written.map((version): VersionView => {
    const folder = versionFolderFor(options, version || undefined);
    return { version, folder, preview: isPreview(version), atRoot: version === rootVersion, toRoot: posix.relative(folder, "") || "." };
  });
  return { versions, latest: versions.find((version) => version.atRoot), toRoot: "." };
}

/** Azure-style version strings mark previews with a `-preview` suffix. */
function isPreview(version: string): boolean {
  return /-preview$/.test(version);
}
