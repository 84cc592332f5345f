import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { generatedDir } from "./paths.js";

/** The fields of the package's package.json these tests read. */
export interface PackageManifest {
  readonly name: string;
  readonly type?: string;
  readonly sideEffects?: boolean;
  readonly engines?: Record<string, string>;
  readonly exports?: ExportsValue;
  readonly dependencies?: Record<string, string>;
  readonly peerDependencies?: Record<string, string>;
  readonly optionalDependencies?: Record<string, string>;
  readonly bundleDependencies?: unknown;
  readonly bundledDependencies?: unknown;
}

export type ExportsValue = string | null | readonly ExportsValue[] | { readonly [key: string]: ExportsValue };

/** Fails with the fix in the message rather than with an npm error about a missing folder. */
export function assertGeneratedPackage(): void {
  if (!existsSync(join(generatedDir, "package.json"))) {
    throw new Error(`${generatedDir}/package.json is missing: run \`npm run generate\` first.`);
  }
}

/** The package.json of a package folder: generated/ itself or an unpacked tarball. */
export async function readManifest(packageDir: string): Promise<PackageManifest> {
  return JSON.parse(await readFile(join(packageDir, "package.json"), "utf8")) as PackageManifest;
}

/** Every file an `exports` value can resolve to, whatever the conditions: the leaves of the map. */
export function exportTargets(value: ExportsValue | undefined): string[] {
  if (value === undefined || value === null) return [];
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap((item: ExportsValue) => exportTargets(item));
  return Object.values(value as { [key: string]: ExportsValue }).flatMap((item) => exportTargets(item));
}
