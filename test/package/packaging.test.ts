// The generated package as the registry would hold it: the packed tarball, checked by
// publint and arethetypeswrong, and by the promises the package makes (no dependencies,
// no string evaluation, every export present).
import { mkdir, mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, posix } from "node:path";
import { publint } from "publint";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SPEC_API_VERSIONS } from "../support/api-versions.js";
import { ESM_ONLY_IGNORED_RESOLUTIONS, runAttw } from "./support/attw.js";
import { exportTargets, readManifest, type PackageManifest } from "./support/generated-package.js";
import { moduleSpecifiers, readFiles, stringEvaluations } from "./support/generated-files.js";
import { packGenerated, type PackedPackage } from "./support/pack.js";
import { run, runOrThrow } from "./support/run.js";


describe("the packed voicelive-wire tarball", () => {
  let workDir: string;
  let packed: PackedPackage;
  /** The tarball unpacked: what `npm install` puts in node_modules/voicelive-wire. */
  let unpackedDir: string;
  let manifest: PackageManifest;

  beforeAll(async () => {
    workDir = await mkdtemp(join(tmpdir(), "voicelive-wire-packaging-"));
    packed = await packGenerated(workDir);
    await mkdir(join(workDir, "unpacked"));
    await runOrThrow("tar", ["-xzf", packed.tarball, "-C", join(workDir, "unpacked")], workDir);
    unpackedDir = join(workDir, "unpacked", "package");
    manifest = await readManifest(unpackedDir);
  });

  afterAll(async () => {
    if (workDir) await rm(workDir, { recursive: true, force: true });
  });

  it("publint reports nothing, suggestions included and warnings counted as errors", async () => {
    const tarball = await readFile(packed.tarball);
    const { messages } = await publint({ pack: { tarball: new Uint8Array(tarball).buffer }, level: "suggestion", strict: true });
    expect(messages).toEqual([]);
  });

  it("arethetypeswrong finds no problem for ESM consumers (node16 ESM and bundler)", async () => {
    const { code, problems } = await runAttw(packed.tarball, workDir);
    expect(problems.filter((problem) => !ESM_ONLY_IGNORED_RESOLUTIONS.has(problem.resolutionKind ?? ""))).toEqual([]);
    // What the profile leaves out may only be "this is ESM" (CommonJS callers must import() it), nothing worse.
    expect(problems.filter((problem) => problem.kind !== "CJSResolvesToESM")).toEqual([]);
    expect(code).toBe(0);
  });

  it("has no runtime dependencies of any kind", () => {
    const { dependencies, peerDependencies, optionalDependencies, bundleDependencies, bundledDependencies } = manifest;
    expect({ dependencies, peerDependencies, optionalDependencies, bundleDependencies, bundledDependencies }).toEqual({});
  });

  it("declares the Node versions it needs: development mode's JSON-module import sets the floor", () => {
    // Established by running support/runtime-smoke.mjs on node@18.20.0 and 20.10.0 from npm
    // (same output as on 22), and seeing it fail on 18.19.1 and 20.9.0 (no import attributes).
    // See the package README.
    expect(manifest.engines).toEqual({ node: "^18.20.0 || >=20.10.0" });
  });

  it("its README states the engines, the TypeScript version the types need, and why it is ESM only", async () => {
    const readme = await readFile(join(unpackedDir, "README.md"), "utf8");
    expect(readme).toContain(`**Node** \`${manifest.engines!.node}\``);
    expect(readme).toContain("**TypeScript 5.0** or later");
    expect(readme).toContain("**ES modules only**");
    expect(readme).toContain('import { isApiVersion, parserFor, UnknownApiVersionError } from "voicelive-wire/versions";');
  });

  it("every module and the command line work on the Node running this test (the smoke run the floor was established with)", async () => {
    const smoke = join(import.meta.dirname, "support/runtime-smoke.mjs");
    const { code, stdout, stderr } = await run(process.execPath, [smoke, unpackedDir], workDir);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const seen = JSON.parse(stdout);
    expect(Object.keys(seen.versions)).toEqual(SPEC_API_VERSIONS);
    for (const version of SPEC_API_VERSIONS) {
      expect(seen.versions[version], version).toEqual({
        apiVersion: version,
        unknownType: "unknown-type",
        badJson: "invalid-json",
        misspelt: 'session.update: /sesion is not a known property (strict mode); did you mean "session"?',
        serialized: '{"type":"input_audio_buffer.clear"}',
        strictExtra: "invalid",
        alternatives: 'response.create: /response/max_output_tokens must be "inf" or an integer',
        allProblems: [
          'session.update: /session/instructons is not a known property (strict mode); did you mean "instructions"?',
          "session.update: /session/voice must be a string or an object",
        ],
      });
    }
    expect(seen.unknownVersion).toBe("unknown-api-version");
    expect(seen.cli).toEqual({ events: 2, acceptedBy: SPEC_API_VERSIONS });
  });

  it("is an ES module package without side effects", () => {
    expect(manifest.name).toBe("voicelive-wire");
    expect(manifest.type).toBe("module");
    expect(manifest.sideEffects).toBe(false);
  });

  it("exports each API version, its strict mode, its development mode and its schema, the loader of versions, package.json and the changelog's data", () => {
    const subpaths = Object.keys((manifest.exports ?? {}) as Record<string, unknown>);
    const expected = [
      ".",
      "./package.json",
      "./changes.json",
      "./versions",
      ...SPEC_API_VERSIONS.flatMap((version) => [`./${version}`, `./${version}/strict`, `./${version}/dev`, `./${version}/schema.json`]),
    ];
    expect([...subpaths].sort()).toEqual([...expected].sort());
  });

  it("every exports target is in the tarball", () => {
    const targets = exportTargets(manifest.exports);
    expect(targets.length).toBeGreaterThan(0);
    const shipped = new Set(packed.files);
    expect(targets.map((target) => posix.normalize(target)).filter((target) => !shipped.has(target))).toEqual([]);
  });

  it("no JavaScript file evaluates strings or loads anything outside the package (but Node's own modules, in bin/)", async () => {
    const javascript = await readFiles(unpackedDir, packed.files.filter((path) => path.endsWith(".js")));
    expect(javascript.size).toBeGreaterThan(0);
    const evaluations = [...javascript].flatMap(([path, code]) => stringEvaluations(code).map((call) => `${path}: ${call}`));
    expect(evaluations).toEqual([]);
    const loads = [...javascript].flatMap(([path, code]) => moduleSpecifiers(code).map((specifier) => `${path}: ${specifier}`));
    // The command line (bin/) runs in Node only and may use Node's built-in modules; the library loads nothing but itself.
    expect(loads.filter((load) => !/: \.\.?\//.test(load) && !/^bin\/[^:]*: node:/.test(load))).toEqual([]);
    expect(loads.filter((load) => load.startsWith("bin/") && /: node:/.test(load)).length).toBeGreaterThan(0);
    // The validators are self-contained (AJV's helpers bundled in), and the root is the newest stable version.
    expect(loads.filter((load) => /validators(\.strict)?\.js:/.test(load))).toEqual([]);
    expect(loads.filter((load) => load.startsWith("index.js:"))).toEqual(["index.js: ./2026-07-15/index.js"]);
    // parserFor's module loads each version by a literal path (bundlers split on it), and nothing else; the root never loads it.
    expect(loads.filter((load) => load.startsWith("versions.js:"))).toEqual(SPEC_API_VERSIONS.map((version) => `versions.js: ./${version}/index.js`));
  });
});
