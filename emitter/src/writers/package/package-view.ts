import type { ApiModel } from "../../model/ir.js";
import { versionFolderFor, type ResolvedOptions } from "../../options.js";

export interface VersionView {
  readonly version: string;
  readonly folder: string;
  readonly preview: boolean;
  /** The newest version that is not a preview: what the package root exports. */
  readonly latestStable: boolean;
}

/** What package templates can use: the versions written, oldest first, and the newest stable one. */
export interface PackageView {
  readonly versions: readonly VersionView[];
  readonly latest: VersionView | undefined;
}

export function packageView(models: readonly ApiModel[], options: ResolvedOptions): PackageView {
  const written = models.map((model) => model.version ?? "");
  const stable = written.filter((version) => !isPreview(version));
  const latestVersion = stable.at(-1) ?? written.at(-1);
  const versions = written.map((version) => ({
    version,
    folder: versionFolderFor(options, version || undefined),
    preview: isPreview(version),
    latestStable: version === latestVersion,
  }));
  return { versions, latest: versions.find((version) => version.latestStable) };
}

/** Azure-style version strings mark previews with a `-preview` suffix. */
function isPreview(version: string): boolean {
  return /-preview$/.test(version);
}
