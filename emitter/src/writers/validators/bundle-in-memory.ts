import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { build, type Plugin } from "esbuild";

const EMITTER_DIR = dirname(fileURLToPath(import.meta.url));

/**
 * The bundles of one emit. esbuild works in a process of its own, but it asks this
 * thread for every in-memory module (the plugin's callbacks run here), and a thread busy
 * writing the next version answers only when it yields. {@link inputsRead} lets the
 * emit yield until esbuild has every input of the bundles started so far: from then
 * on esbuild bundles and minifies on another core while this thread goes on.
 */
export class InMemoryBundler {
  readonly #reading = new Set<Promise<unknown>>();

  /**
   * Bundles `entry` and the in-memory modules it imports (by specifier, `wire:…`) into one
   * minified ESM file with no imports left; other specifiers (the runtime, AJV's helpers)
   * resolve from the emitter's own directory and dependencies.
   */
  bundle(entry: string, modules: Readonly<Record<string, string>>, header = ""): Promise<string> {
    const unread = new Set(Object.keys(modules));
    let allRead!: () => void;
    const read = new Promise<void>((resolve) => (allRead = resolve));
    if (unread.size === 0) allRead();
    const inMemory: Plugin = {
      name: "in-memory-modules",
      setup(builder) {
        builder.onResolve({ filter: /^wire:/ }, (args) => ({ path: args.path, namespace: "wire" }));
        builder.onLoad({ filter: /.*/, namespace: "wire" }, (args) => {
          unread.delete(args.path);
          if (unread.size === 0) allRead();
          return { contents: modules[args.path], loader: "js", resolveDir: EMITTER_DIR };
        });
      },
    };
    const output = build({
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
    }).then((result) => result.outputFiles[0]!.text);
    // A build that fails (or never imports a module) is done with its inputs too.
    const reading = Promise.race([read, output.then(ignore, ignore)]);
    this.#reading.add(reading);
    void reading.then(() => this.#reading.delete(reading));
    return output;
  }

  /** Settles once esbuild has read the in-memory modules of every bundle started so far. */
  async inputsRead(): Promise<void> {
    await Promise.all(this.#reading);
  }
}

function ignore(): void {}
