import { cp, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { packGenerated, type PackedPackage } from "./pack.js";
import { consumerSourceDir } from "./paths.js";
import { runOrThrow } from "./run.js";

export interface ConsumerProject {
  /** The project root: package.json, tsconfig.*.json, src/ and node_modules/voicelive-wire. */
  readonly dir: string;
  readonly packed: PackedPackage;
  dispose(): Promise<void>;
}

/**
 * A fresh project outside the workspace that installs the packed tarball the way an
 * SDK would, so nothing resolves through the workspace's node_modules or generated/.
 * The consumer program goes to src/, its tsconfigs to the root.
 */
export async function createConsumerProject(): Promise<ConsumerProject> {
  const dir = await mkdtemp(join(tmpdir(), "voicelive-wire-consumer-"));
  const dispose = () => rm(dir, { recursive: true, force: true });
  try {
    const packDir = join(dir, "pack");
    await mkdir(packDir);
    const packed = await packGenerated(packDir);
    await writeFile(join(dir, "package.json"), `${JSON.stringify({ name: "voicelive-wire-consumer", private: true, type: "module" }, null, 2)}\n`);
    // --offline: the package has no dependencies, so installing it must not need the registry.
    await runOrThrow("npm", ["install", "--no-audit", "--no-fund", "--offline", "--ignore-scripts", packed.tarball], dir);
    await cp(consumerSourceDir, join(dir, "src"), { recursive: true, filter: (source) => !source.endsWith(".json") });
    for (const tsconfig of ["tsconfig.nodenext.json", "tsconfig.bundler.json", "tsconfig.min-typescript.json"]) {
      await cp(join(consumerSourceDir, tsconfig), join(dir, tsconfig));
    }
    return { dir, packed, dispose };
  } catch (error) {
    await dispose();
    throw error;
  }
}
