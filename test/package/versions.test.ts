// parserFor, the package's lazy loader of API versions (its own subpath, `voicelive-wire/versions`):
// each version is loaded only when asked for, in Node (observed through Node's module hooks)
// and in a bundle (each version a chunk of its own); any other version is a documented rejection.
import { join, posix, relative } from "node:path";
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import { build, type Metafile } from "esbuild";
import { beforeAll, describe, expect, it } from "vitest";
import { apiVersions as shipped } from "../validators/support/generated.js";
import { generatedDir } from "./support/paths.js";
import { run } from "./support/run.js";

interface VersionsModule {
  parserFor(apiVersion: unknown): Promise<{ apiVersion: string }>;
  isApiVersion(value: unknown): boolean;
  UnknownApiVersionError: new (apiVersion: unknown) => Error;
}

const versionsUrl = pathToFileURL(join(generatedDir, "versions.js")).href;
const versions = (await import(versionsUrl)) as VersionsModule;
const root = (await import(pathToFileURL(join(generatedDir, "index.js")).href)) as { apiVersions: readonly string[]; apiVersion: string };
const moduleLoads = join(import.meta.dirname, "support/module-loads.mjs");

/** The message every unknown version gets: what was asked for, and what there is. */
const shippedList = shipped.map((version) => JSON.stringify(version)).join(", ");

describe("parserFor", () => {
  it("knows exactly the versions the root lists", () => {
    expect(root.apiVersions).toEqual(shipped);
    for (const version of shipped) expect(versions.isApiVersion(version)).toBe(true);
    for (const other of ["", "2026-04-11", "__proto__", "toString", null, 20260410, Symbol("v")]) expect(versions.isApiVersion(other)).toBe(false);
  });

  it.each(shipped)("resolves %s to that version's own module, the one its subpath gives", async (version) => {
    const loaded = await versions.parserFor(version);
    expect(loaded).toBe(await import(pathToFileURL(join(generatedDir, version, "index.js")).href));
    expect(loaded.apiVersion).toBe(version);
  });

  it.each(shipped)("loads %s only when asked for, and nothing of any other version (Node's module hooks)", async (version) => {
    const { code, stdout, stderr } = await run(process.execPath, [moduleLoads, generatedDir, version], generatedDir);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const loads = JSON.parse(stdout) as { afterImport: string[]; afterParserFor: string[]; apiVersion: string };
    expect(loads.afterImport).toEqual(["versions.js"]);
    expect(loads.apiVersion).toBe(version);
    const folders = new Set(loads.afterParserFor.map((path) => path.split("/")[0]));
    expect([...folders].sort()).toEqual([version, "runtime", "versions.js"].sort());
    expect(loads.afterParserFor).toContain(`${version}/index.js`);
  });

  it("rejects a version the package does not ship with an UnknownApiVersionError naming it and the versions there are", async () => {
    const rejected = versions.parserFor("2099-01-01");
    expect(rejected).toBeInstanceOf(Promise);
    await expect(rejected).rejects.toBeInstanceOf(versions.UnknownApiVersionError);
    await expect(rejected).rejects.toMatchObject({
      name: "UnknownApiVersionError",
      code: "unknown-api-version",
      apiVersion: "2099-01-01",
      apiVersions: shipped,
      message: `unknown API version "2099-01-01"; this package has ${shippedList}`,
    });
  });

  it("never throws, whatever it is handed: a value that is no string, or one that throws when converted, is a rejection too", async () => {
    const hostile = { toString: () => { throw new Error("converted"); }, [Symbol.toPrimitive]: () => { throw new Error("converted"); } };
    for (const [value, described] of [[null, "(null, not a string)"], [Symbol("v"), "(symbol, not a string)"], [hostile, "(object, not a string)"], ["__proto__", '"__proto__"']] as const) {
      let result: Promise<unknown> | undefined;
      expect(() => (result = versions.parserFor(value))).not.toThrow();
      await expect(result).rejects.toMatchObject({ code: "unknown-api-version", message: `unknown API version ${described}; this package has ${shippedList}` });
    }
    const long = "x".repeat(5000);
    await expect(versions.parserFor(long)).rejects.toMatchObject({ message: expect.stringMatching(/^unknown API version "x{99}…"; /) });
  });
});

describe("parserFor in a bundle (esbuild, code splitting on, as a web app builds)", () => {
  let metafile: Metafile;
  let outputs: Map<string, Uint8Array>;

  beforeAll(async () => {
    const result = await build({
      stdin: { contents: `import { parserFor } from ${JSON.stringify(join(generatedDir, "versions.js"))}; globalThis.load = parserFor;`, resolveDir: generatedDir, loader: "js" },
      bundle: true,
      splitting: true,
      minify: true,
      format: "esm",
      platform: "browser",
      outdir: "/out",
      write: false,
      metafile: true,
      logLevel: "silent",
    });
    metafile = result.metafile;
    outputs = new Map(result.outputFiles.map((file) => [posix.basename(file.path), file.contents]));
  });

  /** The package's files a chunk of the bundle holds, relative to the package. */
  function sourcesOf(output: Metafile["outputs"][string]): string[] {
    return Object.keys(output.inputs).filter((input) => input !== "<stdin>").map((input) => relative(generatedDir, join(process.cwd(), input)).split("\\").join("/")).sort();
  }

  it("the entry holds the loader alone, a few hundred bytes, none of any version's code", () => {
    const [entry] = Object.values(metafile.outputs).filter((output) => output.entryPoint !== undefined);
    expect(entry).toBeDefined();
    expect(sourcesOf(entry!)).toEqual(["versions.js"]);
    const [entryName] = Object.entries(metafile.outputs).find(([, output]) => output === entry)!;
    expect(gzipSync(outputs.get(posix.basename(entryName))!).length).toBeLessThan(1024);
    // Each version is a dynamic import of the entry: loaded when parserFor asks for it.
    expect(entry!.imports.filter((link) => link.kind === "dynamic-import")).toHaveLength(shipped.length);
  });

  it("the package root, bundled alone, carries its own version and none of the loaders or other versions", async () => {
    const rootBundle = await build({
      stdin: { contents: `import { parseServerEvent, apiVersions } from ${JSON.stringify(join(generatedDir, "index.js"))}; globalThis.use = [parseServerEvent, apiVersions];`, resolveDir: generatedDir, loader: "js" },
      bundle: true,
      minify: true,
      format: "esm",
      platform: "browser",
      write: false,
      metafile: true,
      logLevel: "silent",
    });
    const sources = Object.values(rootBundle.metafile.outputs).flatMap(sourcesOf);
    expect(sources).toContain(`${root.apiVersion}/index.js`);
    expect(sources.filter((source) => source === "versions.js" || (/^\d{4}-/.test(source) && !source.startsWith(`${root.apiVersion}/`)))).toEqual([]);
  });

  it("each version is a chunk of its own, with no other version's code in it", () => {
    for (const version of shipped) {
      const chunks = Object.values(metafile.outputs).filter((output) => sourcesOf(output).includes(`${version}/index.js`));
      expect(chunks, version).toHaveLength(1);
      const otherVersions = sourcesOf(chunks[0]!).filter((source) => /^\d{4}-/.test(source) && !source.startsWith(`${version}/`));
      expect(otherVersions, version).toEqual([]);
    }
  });
});
