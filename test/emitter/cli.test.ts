import { execFile } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify, stripVTControlCharacters } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { repoRoot as root } from "../support/paths.js";
import { typeCheck } from "./typecheck.js";

const tsp = join(root, "node_modules/@typespec/compiler/cmd/tsp.js");
const fleet = join(root, "test/fixtures/fleet");

/** The real `tsp compile` CLI on the second, independent fixture spec. */
async function compileFleet(outputDir: string, ...options: string[]) {
  const args = [tsp, "compile", fleet, "--option", `typespec-wire-emitter.emitter-output-dir=${outputDir}`];
  for (const option of options) args.push("--option", option);
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, args, { cwd: root });
    return { code: 0, output: stripVTControlCharacters(stdout + stderr) };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    // Colours are on under CI=true: the assertions read the text.
    return { code: failed.code, output: stripVTControlCharacters(failed.stdout + failed.stderr) };
  }
}

function readTree(dir: string, prefix = ""): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) Object.assign(files, readTree(join(dir, entry.name), path));
    else files[path] = readFileSync(join(dir, entry.name), "utf8");
  }
  return files;
}

const scratch = mkdtempSync(join(tmpdir(), "wire-emitter-cli-"));
const output = join(scratch, "out");
let first: Record<string, string>;

beforeAll(async () => {
  const result = await compileFleet(output);
  expect(result.output).not.toMatch(/error|warning/i);
  first = readTree(output);
});

describe("tsp compile on an independent spec (test/fixtures/fleet)", () => {
  it("writes every version's types, schema and validators", () => {
    for (const version of ["1.0", "2.0", "3.0-preview"]) {
      for (const file of ["types.d.ts", "schema.json", "validators.js", "validators.strict.js"]) expect(first).toHaveProperty(`${version}/${file}`);
    }
  });

  it("gives the same bytes on a second run", async () => {
    await compileFleet(output);
    expect(readTree(output)).toEqual(first);
  });

  it("applies @removed, @renamedFrom and @typeChangedFrom per version", () => {
    const vehicle = (version: string) => JSON.parse(first[`${version}/schema.json`]!).$defs.Vehicle;
    expect(Object.keys(vehicle("1.0").properties)).toEqual(["plate_number", "drive", "odometer_km", "colour", "labels"]);
    expect(Object.keys(vehicle("2.0").properties)).toEqual(["plate", "drive", "odometer_km", "labels"]);
    expect(vehicle("1.0").properties.odometer_km.type).toBe("string");
    expect(vehicle("2.0").properties.odometer_km.type).toBe("integer");
  });

  it("its output type-checks and its validators dispatch on the discriminator", async () => {
    expect(typeCheck(Object.keys(first).filter((path) => path.endsWith(".d.ts")).map((path) => join(output, path)))).toEqual([]);
    const { validateFleetMessage } = await import(join(output, "3.0-preview/validators.js"));
    const vehicle = { plate: "B-XY 12", drive: "hybrid", odometer_km: 12000 };
    expect(validateFleetMessage({ kind: "position", seq: 1, vehicle, position: { lat: 52.5, lon: 13.4 } })).toBe(true);
    expect(validateFleetMessage({ kind: "position", seq: 1, vehicle, position: { lat: 91, lon: 13.4 } })).toBe(false);
    expect(validateFleetMessage.errors).toHaveLength(1);
    expect(validateFleetMessage.errors[0]).toMatchObject({ instancePath: "/position/lat", keyword: "maximum" });
    expect(validateFleetMessage({ kind: "teleport", seq: 1 })).toBe(false);
    expect(validateFleetMessage.errors[0]).toMatchObject({ keyword: "discriminator", params: { tagValue: "teleport" } });
  });

  it("refuses to replace a directory it did not write, and leaves it untouched", async () => {
    const foreign = join(scratch, "foreign");
    mkdirSync(foreign);
    writeFileSync(join(foreign, "notes.txt"), "mine");
    const result = await compileFleet(foreign);
    expect(result.code).not.toBe(0);
    // At the setting that chose the directory: tspconfig.yaml's `emitter-output-dir`, line 5, its value from column 25.
    expect(result.output).toMatch(/^test\/fixtures\/fleet\/tspconfig\.yaml:5:25 - error typespec-wire-emitter\/output-dir-not-owned: Output directory /m);
    expect(result.output).not.toMatch(/\n\s+at /); // a diagnostic, not a stack trace
    expect(readdirSync(foreign)).toEqual(["notes.txt"]);
  });

  it("a failed run (bad option) leaves the previous output exactly as it was", async () => {
    const result = await compileFleet(output, "typespec-wire-emitter.version-folder=../escape-{version}");
    expect(result.code).not.toBe(0);
    // Given on the command line, not in tspconfig.yaml: the line starts with the severity, not with a place.
    expect(result.output).toMatch(/^error typespec-wire-emitter\/invalid-version-folder: /m);
    expect(readTree(output)).toEqual(first);
    expect(readdirSync(scratch).some((name) => name.includes("staging") || name.includes(".old-"))).toBe(false);
  });

  it("the next run cleans up what a run killed between its two renames left beside the output (restoring is in interrupted-run.test.ts)", async () => {
    // What the killed run leaves: the previous output retired, a half-written staging tree, no output directory.
    renameSync(output, join(scratch, ".out.old-2147483646-0badf00d"));
    mkdirSync(join(scratch, ".out.staging-2147483646-0badf00d"));
    const result = await compileFleet(output);
    expect(result.code).toBe(0);
    expect(readTree(output)).toEqual(first);
    expect(readdirSync(scratch).filter((name) => name.startsWith(".out."))).toEqual([]);
  });

  it("an output directory that cannot be written is a diagnostic, not a crash", async () => {
    const blocker = join(scratch, "a-file");
    writeFileSync(blocker, "not a directory\n");
    const result = await compileFleet(join(blocker, "out"));
    expect(result.code).not.toBe(0);
    expect(result.output).toContain("typespec-wire-emitter/output-write-failed");
    expect(result.output).not.toMatch(/crashed|\n\s+at /);
    expect(readFileSync(blocker, "utf8")).toBe("not a directory\n");
  });

  it("list options take the forms typed on the command line: one value, or a comma list", async () => {
    const out = join(scratch, "listed");
    const result = await compileFleet(out, "typespec-wire-emitter.versions=2.0,3.0-preview", "typespec-wire-emitter.outputs=schemas");
    expect(result.code, result.output).toBe(0);
    expect(Object.keys(readTree(out)).filter((path) => !path.startsWith(".")).sort()).toEqual(["2.0/schema.json", "3.0-preview/schema.json"]);
  });

  it("a bad list value is the emitter's diagnostic, naming the value", async () => {
    const result = await compileFleet(join(scratch, "never"), "typespec-wire-emitter.outputs=everything");
    expect(result.code).not.toBe(0);
    expect(result.output).toMatch(/error typespec-wire-emitter\/invalid-option: Option "outputs" has the value "everything"/);
    expect(result.output).not.toMatch(/crashed|\n\s+at /);
    expect(existsSync(join(scratch, "never"))).toBe(false);
  });

  it("an option the emitter does not have is a diagnostic from the options schema, not a crash", async () => {
    const result = await compileFleet(join(scratch, "never"), "typespec-wire-emitter.version=2.0");
    expect(result.code).not.toBe(0);
    expect(result.output).toMatch(/error invalid-schema: Schema violation: must NOT have additional properties/);
    expect(result.output).not.toMatch(/crashed|\n\s+at /);
    expect(existsSync(join(scratch, "never"))).toBe(false);
  });
});
