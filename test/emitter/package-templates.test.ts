import { readdirSync, readFileSync } from "node:fs";
import { join, posix, resolve } from "node:path";
import type { Diagnostic } from "@typespec/compiler";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { Tester, versionedService } from "./tester.js";

/** The project's real package templates, mounted in the tester's virtual file system. */
const templatesDir = resolve(import.meta.dirname, "../../templates");
const MOUNT = "/test/templates";

function readTemplates(dir: string, prefix = ""): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) Object.assign(files, readTemplates(join(dir, entry.name), path));
    else files[`${MOUNT}/${path}`] = readFileSync(join(dir, entry.name), "utf8");
  }
  return files;
}

const WithTemplates = Tester.files(readTemplates(templatesDir));

async function emitPackage(code: string, options: Record<string, unknown> = {}) {
  const [result, diagnostics] = await WithTemplates.emit("typespec-wire-emitter", { "package-templates": MOUNT, ...options }).compileAndDiagnose(code);
  return { files: result.outputs as Record<string, string>, diagnostics: diagnostics as readonly Diagnostic[] };
}

/** Every relative import of every emitted module, with the file it should find. */
function relativeImports(files: Record<string, string>): { from: string; specifier: string; resolved: string }[] {
  return Object.entries(files)
    .filter(([path]) => /\.(js|d\.ts)$/.test(path))
    .flatMap(([path, content]) =>
      ts.preProcessFile(content, true, true).importedFiles
        .filter(({ fileName }) => fileName.startsWith("."))
        .map(({ fileName }) => ({ from: path, specifier: fileName, resolved: posix.join(posix.dirname(path), fileName) })),
    );
}

/** The value of `apiVersion` in a rendered module, read from its syntax tree. */
function apiVersionOf(source: string): string {
  const file = ts.createSourceFile("index.js", source, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const errors = (file as unknown as { parseDiagnostics: ts.Diagnostic[] }).parseDiagnostics;
  expect(errors.map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"))).toEqual([]);
  for (const statement of file.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    const declaration = statement.declarationList.declarations[0]!;
    if (declaration.name.getText() === "apiVersion" && declaration.initializer && ts.isStringLiteral(declaration.initializer)) return declaration.initializer.text;
  }
  throw new Error("no apiVersion string constant");
}

const events = `model Ping { type: "ping"; } model ServerEvent { type: "ping"; } model ClientEvent { type: "ping"; }`;

describe("package templates", () => {
  it("a nested version-folder keeps every relative import inside the package", async () => {
    const { files, diagnostics } = await emitPackage(versionedService(events), { "version-folder": "v{version}/wire" });
    expect(diagnostics.map((d) => d.message)).toEqual([]);
    expect(files["v1/wire/index.js"]).toContain(`from "../../runtime/parse.js"`);
    const imports = relativeImports(files);
    expect(imports.length).toBeGreaterThan(10);
    // A `.js` specifier in a declaration file finds the `.d.ts` beside it.
    const found = (path: string) => path in files || path.replace(/\.js$/, ".d.ts") in files;
    expect(imports.filter(({ resolved }) => !found(resolved))).toEqual([]);
  });

  it("an unversioned spec's package root is its version's index (the emitter's root index steps aside)", async () => {
    const { files, diagnostics } = await emitPackage(`@service namespace Plain; @discriminator("type") model ServerEvent { type: string; } model Pong extends ServerEvent { type: "pong"; }`);
    expect(diagnostics.map((d) => d.message)).toEqual([]);
    expect(files["index.js"]).toContain(`export const parseServerEvent = /* @__PURE__ */ createParser(validateServerEvent,`);
    expect(files["index.js"]).toContain(`from "./runtime/parse.js"`);
  });

  it("a project's own root and per-version templates that meet at the root of an unversioned spec are an output-path-collision naming both; nothing is written", async () => {
    const templates = { "/test/both/index.js.mustache": "export {};\n", "/test/both/version/index.js.mustache": "export {};\n" };
    const [result, diagnostics] = await Tester.files(templates).emit("typespec-wire-emitter", { "package-templates": "/test/both" }).compileAndDiagnose(`@service namespace Plain; ${events}`);
    const collisions = diagnostics.filter((d) => d.code === "typespec-wire-emitter/output-path-collision");
    expect(collisions.map((d) => d.message)).toEqual([expect.stringMatching(/"index\.js": template index\.js\.mustache and template version\/index\.js\.mustache/)]);
    expect(result.outputs).toEqual({});
  });

  it("a spec with previews only exports the newest preview at the root and never calls it stable", async () => {
    const { files, diagnostics } = await emitPackage(versionedService(events, [`p1: "1-preview"`, `p2: "2-preview"`]));
    expect(diagnostics.map((d) => d.message)).toEqual([]);
    expect(files["README.md"]).toContain("| `voicelive-wire` | 2-preview (newest preview: there is no stable version yet) |");
    expect(files["index.js"]).toContain(`export * from "./2-preview/index.js";`);
    for (const file of ["README.md", "index.js", "index.d.ts"]) expect(files[file], file).not.toMatch(/stable (one|\))/);
    expect(files["index.js"]).toContain("the newest preview (there is no stable version yet)");
  });

  it("the newest stable version is the root export even when a preview is newer", async () => {
    const { files } = await emitPackage(versionedService(events, [`v1: "1"`, `p2: "2-preview"`]));
    expect(files["README.md"]).toContain("| `voicelive-wire` | 1 (newest stable) |");
    expect(files["index.js"]).toContain(`export * from "./1/index.js";`);
  });

  it("a version string with quotes and line separators cannot break the rendered code", async () => {
    const version = `1"; globalThis.pwned = true; "\u2028x`;
    const { files, diagnostics } = await emitPackage(versionedService(events, [`v1: ${JSON.stringify(version)}`]));
    expect(diagnostics.map((d) => d.message)).toEqual([]);
    const index = files[`${version}/index.js`]!;
    expect(apiVersionOf(index)).toBe(version);
    expect(index).not.toContain("\u2028");
    expect(apiVersionOf(files[`${version}/strict.js`]!)).toBe(version);
  });
  it("the project's templates on a spec without ClientEvent: the parse functions follow the spec, and every import resolves", async () => {
    const { files, diagnostics } = await emitPackage(versionedService(`@discriminator("type") model ServerEvent { type: string; } model Pong extends ServerEvent { type: "pong"; }`));
    expect(diagnostics.map((d) => d.message)).toEqual([]);
    expect(files["2/index.js"]).toContain("parseServerEvent");
    expect(files["2/index.js"]).not.toContain("ClientEvent");
  });

  it("a template import the output cannot satisfy (a name the spec does not have) is an error naming the template and the name; nothing is written", async () => {
    const templates = {
      "/test/fixed/version/events.js.mustache": `import { validateClientEvent } from "./validators.js";\nexport const check = validateClientEvent;\n`,
      "/test/fixed/version/events.d.ts.mustache": `import type { ClientEvent } from "./types.js";\nexport declare const check: (value: unknown) => value is ClientEvent;\n`,
    };
    const spec = versionedService(`@discriminator("type") model ServerEvent { type: string; } model Pong extends ServerEvent { type: "pong"; }`);
    const [result, diagnostics] = await Tester.files(templates).emit("typespec-wire-emitter", { "package-templates": "/test/fixed" }).compileAndDiagnose(spec);
    const unresolved = diagnostics.filter((d) => d.code === "typespec-wire-emitter/unresolved-template-import");
    expect(unresolved.map((d) => d.severity)).toEqual(["error", "error", "error", "error"]);
    expect(unresolved.map((d) => d.message)).toContainEqual(
      expect.stringMatching(/^Template version\/events\.js\.mustache renders "1\/events\.js", which imports "validateClientEvent" from "\.\/validators\.js", which does not export it/),
    );
    expect(unresolved.map((d) => d.message)).toContainEqual(expect.stringMatching(/renders "2\/events\.d\.ts", which imports "ClientEvent" from "\.\/types\.js"/));
    expect(result.outputs).toEqual({});
  });

  it("a template import of a file the output does not have is an error", async () => {
    const templates = { "/test/broken/package.json": `{ "name": "broken" }`, "/test/broken/version/index.js.mustache": `export * from "./nowhere.js";\n` };
    const [result, diagnostics] = await Tester.files(templates).emit("typespec-wire-emitter", { "package-templates": "/test/broken" }).compileAndDiagnose(versionedService(events));
    expect(diagnostics.map((d) => d.code)).toEqual(["typespec-wire-emitter/unresolved-template-import", "typespec-wire-emitter/unresolved-template-import"]);
    expect(diagnostics[0]!.message).toBe(`Template version/index.js.mustache renders "1/index.js", which imports "./nowhere.js": no such file in the output. Nothing is written.`);
    expect(result.outputs).toEqual({});
  });
});
