import { build } from "esbuild";
import { join } from "node:path";

/**
 * Bundles the consumer's browser entry the way a web app's build would: ESM for
 * browsers, everything inlined. The package must need nothing a bundler has to shim.
 */
export async function bundleBrowserConsumer(projectDir: string): Promise<string> {
  const result = await build({
    absWorkingDir: projectDir,
    entryPoints: [join(projectDir, "src/browser-main.ts")],
    tsconfig: join(projectDir, "tsconfig.bundler.json"),
    bundle: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    write: false,
    logLevel: "silent",
  });
  if (result.errors.length > 0 || result.warnings.length > 0 || result.outputFiles.length !== 1) {
    throw new Error(`esbuild: ${JSON.stringify({ errors: result.errors, warnings: result.warnings })}`);
  }
  return result.outputFiles[0]!.text;
}
