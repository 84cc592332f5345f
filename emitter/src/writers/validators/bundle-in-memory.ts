import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { build, type Plugin } from "esbuild";

const EMITTER_DIR = dirname(fileURLToPath(import.meta.url));

/**
 * Bundles `entry` and the in-memory modules it imports (by specifier, `wire:…`) into one
 * minified ESM file with no imports left; other specifiers (the runtime, AJV's helpers)
 * resolve from the emitter's own directory and dependencies.
 */
export async function bundleInMemory(entry: string, modules: Readonly<Record<string, string>>, header = ""): Promise<string> {
  const inMemory: Plugin = {
    name: "in-memory-modules",
    setup(builder) {
      builder.onResolve({ filter: /^wire:/ }, (args) => ({ path: args.path, namespace: "wire" }));
      builder.onLoad({ filter: /.*/, namespace: "wire" }, (args) => ({ contents: modules[args.path], loader: "js", resolveDir: EMITTER_DIR }));
    },
  };
  const result = await build({
    stdin: { contents: entry, resolveDir: EMITTER_DIR, sourcefile: "validators.js", loader: "js" },
    plugins: [inMemory],
    bundle: true,
    format: "esm",
    platform: "neutral",
    write: false,
    legalComments: "none",
    // Minified: smaller, and free of the source-path comments esbuild writes otherwise, which would
    // depend on where the emitter is installed.
    minify: true,
    banner: { js: header },
    logLevel: "silent",
  });
  return result.outputFiles[0]!.text;
}
