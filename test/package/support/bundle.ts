import { build } from "esbuild";
import { join, posix, relative, sep } from "node:path";

/** A browser build of the consumer: the entry module, the chunks it loads, and which package files each holds. */
export interface BrowserBundle {
  /** File name of the entry module (served as the page's `consumer.js`). */
  readonly entry: string;
  /** Every output file by its name: the entry and the chunks, which import each other by `./<name>`. */
  readonly files: ReadonlyMap<string, string>;
  /** Each output file's sources inside the installed package, relative to it (`2026-04-10/index.js`). */
  readonly packageSources: ReadonlyMap<string, readonly string[]>;
}

/**
 * Bundles the consumer's browser entry the way a web app's build would: ESM for
 * browsers, code splitting on, so a dynamic `import()` (parserFor) becomes a chunk the
 * page fetches when it runs. The package must need nothing a bundler has to shim.
 */
export async function bundleBrowserConsumer(projectDir: string): Promise<BrowserBundle> {
  const outdir = join(projectDir, "browser-dist");
  const result = await build({
    absWorkingDir: projectDir,
    entryPoints: [join(projectDir, "src/browser-main.ts")],
    tsconfig: join(projectDir, "tsconfig.bundler.json"),
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    outdir,
    metafile: true,
    write: false,
    logLevel: "silent",
  });
  if (result.errors.length > 0 || result.warnings.length > 0) {
    throw new Error(`esbuild: ${JSON.stringify({ errors: result.errors, warnings: result.warnings })}`);
  }
  const packageDir = join(projectDir, "node_modules/voicelive-wire");
  const name = (path: string) => posix.basename(path.split(sep).join("/"));
  const files = new Map(result.outputFiles.map((file) => [name(file.path), file.text]));
  const packageSources = new Map(
    Object.entries(result.metafile.outputs).map(([output, { inputs }]) => [
      name(output),
      Object.keys(inputs)
        .map((input) => relative(packageDir, join(projectDir, input)).split(sep).join("/"))
        .filter((source) => !source.startsWith("..")),
    ]),
  );
  // Dynamically imported modules are entry points of their own in the metafile: the page's is the one built from src/.
  const entries = Object.entries(result.metafile.outputs).filter(([, output]) => output.entryPoint === "src/browser-main.ts");
  if (entries.length !== 1) throw new Error(`esbuild: expected one entry built from src/browser-main.ts, got ${entries.length}`);
  return { entry: name(entries[0]![0]), files, packageSources };
}
