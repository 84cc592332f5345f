import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { packGenerated } from "./pack.js";
import { runOrThrow } from "./run.js";

export interface InstalledPackage {
  /** A project outside the workspace with the packed tarball installed, as `npm install` leaves it. */
  readonly dir: string;
  /** The package as installed: node_modules/voicelive-wire. */
  readonly packageDir: string;
  dispose(): Promise<void>;
}

/** Packs generated/ and installs the tarball into a fresh project of its own (no sources, no build). */
export async function installPackedPackage(prefix: string): Promise<InstalledPackage> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  const dispose = () => rm(dir, { recursive: true, force: true });
  try {
    const packDir = join(dir, "pack");
    await mkdir(packDir);
    const packed = await packGenerated(packDir);
    await writeFile(join(dir, "package.json"), `${JSON.stringify({ name: "voicelive-wire-user", private: true, type: "module" }, null, 2)}\n`);
    await runOrThrow("npm", ["install", "--no-audit", "--no-fund", "--offline", "--ignore-scripts", packed.tarball], dir);
    return { dir, packageDir: join(dir, "node_modules/voicelive-wire"), dispose };
  } catch (error) {
    await dispose();
    throw error;
  }
}
