import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { emit, UsageTester, versionedService } from "./tester.js";
import { typeCheck } from "./typecheck.js";

const scratch = mkdtempSync(join(tmpdir(), "wire-default-package-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Writes emitted files to a fresh directory on disk, so Node imports them as an installed package would be. */
function writePackage(files: Record<string, string>, name: string): string {
  const dir = join(scratch, name);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

/** Two event unions nobody references, and a hierarchy (Shape) that one of them uses. */
const messages = `
  @discriminator("type") model ServerMessage { type: string; }
  model Hello extends ServerMessage { type: "hello"; shape: Shape; }
  @discriminator("type") model ClientMessage { type: string; }
  model Ping extends ClientMessage { type: "ping"; }
  @discriminator("kind") model Shape { kind: string; }
  model Circle extends Shape { kind: "circle"; radius: float64; }
`;

describe("the package every spec gets without package-templates", () => {
  it("is named after the service, exports every version, and parses the event unions the spec has", async () => {
    const { files, diagnostics } = await emit(versionedService(messages));
    expect(diagnostics).toEqual([]);
    const pkg = JSON.parse(files["package.json"]!);
    expect(pkg.name).toBe("demo-wire");
    // Development mode's JSON-module import sets the floor; the package README says so.
    expect(pkg.engines).toEqual({ node: "^18.20.0 || >=20.10.0" });
    expect(files["README.md"]).toContain("imports `schema.json` as a JSON module");
    expect(Object.keys(pkg.exports)).toEqual([".", "./1", "./1/dev", "./1/schema.json", "./1/strict", "./2", "./2/dev", "./2/schema.json", "./2/strict", "./changes.json", "./package.json", "./versions"]);
    // Two versions: the changelog output (on by default) writes CHANGES.md and changes.json, and changes.json is exported.
    expect(pkg.files).toEqual(["1", "2", "CHANGES.md", "README.md", "changes.json", "index.d.ts", "index.js", "runtime", "versions.d.ts", "versions.js"]);
    const dir = writePackage(files, "events");
    expect(typeCheck(Object.keys(files).filter((path) => path.endsWith(".d.ts")).map((path) => join(dir, path)))).toEqual([]);
    const root = await import(pathToFileURL(join(dir, "index.js")).href);
    // Shape is used by Hello: no message of its own, no parser.
    expect(Object.keys(root).filter((name) => name.startsWith("parse")).sort()).toEqual(["parseClientMessage", "parseServerMessage"]);
    expect(root.apiVersion).toBe("2");
    expect(root.parseServerMessage(`{"type":"hello","shape":{"kind":"circle","radius":1}}`)).toMatchObject({ ok: true });
    const rejected = root.parseServerMessage(`{"type":"hello","shape":{"kind":"circle","radius":"big"}}`);
    expect(rejected).toMatchObject({ ok: false, error: { kind: "invalid", path: "/shape/radius" } });
    expect(root.parseClientMessage(`{"type":"bye"}`)).toMatchObject({ ok: false, error: { kind: "unknown-type", message: `unknown client message type "bye" for API version 2` } });
    // parserFor, from its own module: each version's module on demand, a rejection (never a throw) for any other.
    const versions = await import(pathToFileURL(join(dir, "versions.js")).href);
    for (const version of ["1", "2"]) {
      const loaded = await versions.parserFor(version);
      expect(loaded).toBe(await import(pathToFileURL(join(dir, version, "index.js")).href));
      expect(loaded.apiVersion).toBe(version);
    }
    await expect(versions.parserFor("3")).rejects.toMatchObject({ name: "UnknownApiVersionError", code: "unknown-api-version", message: `unknown API version "3"; this package has "1", "2"` });
    const strict = await import(pathToFileURL(join(dir, "1/strict.js")).href);
    expect(strict.parseClientMessage(`{"type":"ping","extra":1}`)).toMatchObject({ ok: false, error: { kind: "invalid" } });
  });

  it("the event-unions option chooses the parsers; a name that is no discriminated union is an invalid-option error", async () => {
    const { files } = await emit(versionedService(messages), { "event-unions": "Shape" });
    expect(files["2/index.js"]).toContain("export const parseShape = /* @__PURE__ */ createParser(validateShape,");
    expect(files["2/index.js"]).not.toContain("parseServerMessage");
    const wrong = await emit(versionedService(messages), { "event-unions": "Hello" });
    expect(wrong.diagnostics.map((d) => d.message)).toEqual([
      `Option "event-unions" has the value "Hello": no emitted version has a discriminated union of that name.`,
    ]);
    expect(wrong.files).toEqual({});
  });

  it("without validators the index modules import none, and the package still loads", async () => {
    const { files, diagnostics } = await emit(versionedService(messages), { outputs: "types,schemas,package" });
    expect(diagnostics).toEqual([]);
    expect(files["2/index.js"]).not.toContain("validators");
    const root = await import(pathToFileURL(join(writePackage(files, "no-validators"), "index.js")).href);
    expect(Object.keys(root).sort()).toEqual(["apiVersion", "apiVersions"]);
  });

  it("a project's templates replace the emitter's file by file, and add their own", async () => {
    const templates = { "/test/custom/README.md": "# mine\n", "/test/custom/extra/notes.txt": "kept\n" };
    const { files, diagnostics } = await emit(versionedService(messages), { "package-templates": "/test/custom" }, templates);
    expect(diagnostics).toEqual([]);
    expect(files["README.md"]).toBe("# mine\n");
    expect(files["extra/notes.txt"]).toBe("kept\n");
    expect(files["2/index.js"]).toContain("parseServerMessage");
    expect(JSON.parse(files["package.json"]!).name).toBe("demo-wire");
  });
});

describe("TCGC @usage", () => {
  it("chooses the event unions that have one, and says who sends them", async () => {
    const [result, diagnostics] = await UsageTester.emit("typespec-wire-emitter").compileAndDiagnose(
      versionedService(`${messages}
        @@usage(ServerMessage, Usage.output | Usage.json);
        @@usage(ClientMessage, Usage.input | Usage.json);
        @discriminator("type") model Unmarked { type: string; }
        model U extends Unmarked { type: "u"; }
        // A server message refers to U itself: U, and Unmarked as its base, are sent by the
        // service (the changelog's direction), yet Unmarked states no usage and is no message.
        model Bye extends ServerMessage { type: "bye"; u: U; }
      `),
    );
    expect(diagnostics).toEqual([]);
    const index = result.outputs["2/index.d.ts"]!;
    expect(index).toContain("/** Parses and validates a `ServerMessage` received from the service; never throws, whatever it is handed. */");
    expect(index).toContain("/** Parses and validates a `ClientMessage` meant for the service; never throws, whatever it is handed. */");
    expect(index).not.toContain("parseUnmarked");
  });
});
