// A diagnostic about an option points where tspconfig.yaml writes it: at the offending
// entry of a list, or at the value; nowhere when the value did not come from the file.
import { getSourceLocation, NoTarget, type Diagnostic } from "@typespec/compiler";
import { resolveVirtualPath } from "@typespec/compiler/testing";
import { describe, expect, it } from "vitest";
import { Tester, versionedService } from "./tester.js";

const events = versionedService(`
  @discriminator("type") model Event { type: string; }
  model Delta extends Event { type: "thing.delta"; }
`);

/** Compiles `events` with `options` for the emitter and `config` as the compiler's tspconfig.yaml. */
async function diagnose(config: string, options: Record<string, unknown>): Promise<readonly Diagnostic[]> {
  const [, diagnostics] = await Tester.files({ "tspconfig.yaml": config })
    .emit("typespec-wire-emitter", options)
    .compileAndDiagnose(events, { compilerOptions: { config: resolveVirtualPath("tspconfig.yaml") } });
  return diagnostics;
}

/** The text a diagnostic's target covers in tspconfig.yaml, and where it starts. */
function pointedAt(diagnostic: Diagnostic): { text: string; pos: number } {
  expect(diagnostic.target).not.toBe(NoTarget);
  const location = getSourceLocation(diagnostic.target as Parameters<typeof getSourceLocation>[0])!;
  expect(location.file.path).toBe(resolveVirtualPath("tspconfig.yaml"));
  return { text: location.file.text.slice(location.pos, location.end), pos: location.pos };
}

/** A tspconfig.yaml that sets this emitter's options to `lines` (YAML, indented under the emitter's name). */
const configWith = (...lines: string[]) => ["emit:", "  - typespec-wire-emitter", "options:", "  typespec-wire-emitter:", ...lines.map((line) => `    ${line}`), ""].join("\n");

describe("option diagnostics in tspconfig.yaml", () => {
  const cases: { name: string; lines: string[]; options: Record<string, unknown>; code: string; text: string }[] = [
    { name: "an unknown version, a list entry", lines: ["versions:", "  - \"1\"", "  - \"7\""], options: { versions: ["1", "7"] }, code: "unknown-version", text: "7" },
    { name: "an unknown version, in a comma list", lines: ["versions: 1, 7"], options: { versions: "1, 7" }, code: "unknown-version", text: "7" },
    { name: "an unknown output kind", lines: ["outputs: [types, everything]"], options: { outputs: ["types", "everything"] }, code: "invalid-option", text: "everything" },
    { name: "an empty list entry: the whole value", lines: ["outputs: \"types,,schemas\""], options: { outputs: "types,,schemas" }, code: "invalid-option", text: "\"types,,schemas\"" },
    { name: "an unknown hot variant", lines: ["hot-variants:", "  - thing.delta", "  - thing.dleta"], options: { "hot-variants": ["thing.delta", "thing.dleta"] }, code: "unknown-hot-variant", text: "thing.dleta" },
    { name: "an event union that does not dispatch", lines: ["event-unions: [Evnt]"], options: { "event-unions": ["Evnt"] }, code: "invalid-option", text: "Evnt" },
    { name: "a malformed directions entry", lines: ["directions:", "  - Event:sideways"], options: { directions: ["Event:sideways"] }, code: "invalid-option", text: "Event:sideways" },
    { name: "a version folder without {version}", lines: ["version-folder: flat"], options: { "version-folder": "flat" }, code: "invalid-version-folder", text: "flat" },
    { name: "a regenerate command of two lines: the value", lines: ["regenerate-command: \"make\\nmore\""], options: { "regenerate-command": "make\nmore" }, code: "invalid-option", text: "\"make\\nmore\"" },
    { name: "a package-templates folder without templates", lines: ["package-templates: ./no-such-folder"], options: { "package-templates": "./no-such-folder" }, code: "package-templates-missing", text: "./no-such-folder" },
  ];
  for (const { name, lines, options, code, text } of cases) {
    it(`${name}: ${code} at ${JSON.stringify(text)}`, async () => {
      const config = configWith(...lines);
      const diagnostics = await diagnose(config, options);
      expect(diagnostics.map((d) => d.code)).toEqual([`typespec-wire-emitter/${code}`]);
      const at = pointedAt(diagnostics[0]!);
      expect(at.text).toBe(text);
      // The place in this emitter's options, not an earlier line that happens to say the same.
      expect(at.pos).toBe(config.lastIndexOf(text));
    });
  }

  it("the same option of another emitter in the file is not where this one's value came from", async () => {
    const config = ["options:", "  other-emitter:", "    versions: [\"7\"]", "  typespec-wire-emitter:", "    outputs: [types]", ""].join("\n");
    const diagnostics = await diagnose(config, { versions: ["7"] });
    expect(diagnostics.map((d) => d.code)).toEqual(["typespec-wire-emitter/unknown-version"]);
    expect(diagnostics[0]!.target).toBe(NoTarget);
  });

  it("a value the command line gave over the file's points nowhere", async () => {
    const diagnostics = await diagnose(configWith("versions: [\"1\"]"), { versions: ["8"] });
    expect(diagnostics.map((d) => d.code)).toEqual(["typespec-wire-emitter/unknown-version"]);
    expect(diagnostics[0]!.target).toBe(NoTarget);
  });

  it("a config file that is not YAML leaves the diagnostic without a place, and nothing throws", async () => {
    const diagnostics = await diagnose("options: [unclosed\n", { versions: ["9"] });
    expect(diagnostics.map((d) => d.code)).toContain("typespec-wire-emitter/unknown-version");
    expect(diagnostics.find((d) => d.code === "typespec-wire-emitter/unknown-version")!.target).toBe(NoTarget);
  });
});
