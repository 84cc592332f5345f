import { $lib } from "typespec-wire-emitter";
import type { Diagnostic } from "@typespec/compiler";
import { describe, expect, it } from "vitest";
import { emit, versionedService } from "./tester.js";

/**
 * One case per diagnostic code the library declares; the last test fails when a
 * code is declared without a case here (a declared code nothing reports is a defect).
 * `output-dir-not-owned` needs the real file system and is covered in cli.test.ts.
 */
const cases: Record<string, { code: string; options?: Record<string, unknown>; severity: "error" | "warning" }> = {
  "unknown-version": { code: versionedService(`model M { a: string; }`), options: { versions: ["9"] }, severity: "error" },
  "invalid-version-folder": { code: versionedService(`model M { a: string; }`), options: { "version-folder": "../out" }, severity: "error" },
  "name-collision": {
    code: versionedService(`model Thing { a: string; } namespace Other { model Thing { b: string; } }`),
    severity: "error",
  },
  "template-not-instantiated": { code: versionedService(`model Box<T> { value: T; }`), severity: "warning" },
  "undiscriminated-union": { code: versionedService(`model A { a: string; } model B { b: string; } union AorB { A, B }`), severity: "warning" },
  "unsupported-type": { code: versionedService(`model M { pair: [string, int32]; }`), severity: "warning" },
  "output-path-collision": { code: versionedService(`model M { a: string; }`, [`v1: "1"`, `v2: "2/../1"`]), severity: "error" },
  "output-path-outside": { code: versionedService(`model M { a: string; }`, [`v1: "../escape"`]), severity: "error" },
  "package-templates-missing": { code: versionedService(`model M { a: string; }`), options: { "package-templates": "./no-templates" }, severity: "error" },
};
const coveredElsewhere = new Set(["output-dir-not-owned"]);

describe("diagnostics", () => {
  for (const [code, testCase] of Object.entries(cases)) {
    it(`reports ${code} with a source location or on the emitter, never a crash`, async () => {
      const { diagnostics } = await emit(testCase.code, testCase.options);
      const ours = diagnostics.filter((d: Diagnostic) => d.code === `typespec-wire-emitter/${code}`);
      expect(ours, JSON.stringify(diagnostics.map((d) => d.code))).toHaveLength(1);
      expect(ours[0]!.severity).toBe(testCase.severity);
      expect(ours[0]!.message.length).toBeGreaterThan(20);
    });
  }

  it("model-level problems point at the spec's source", async () => {
    const { diagnostics } = await emit(cases["undiscriminated-union"]!.code);
    const target = diagnostics[0]!.target;
    expect(typeof target === "object" && target !== null && "kind" in target && target.kind).toBe("Union");
  });

  it("an error writes nothing, rather than a tree where one colliding type overwrote the other", async () => {
    const { files } = await emit(cases["name-collision"]!.code);
    expect(files).toEqual({});
  });

  it("every declared code has a case", () => {
    const declared = Object.keys($lib.diagnostics).sort();
    expect([...Object.keys(cases), ...coveredElsewhere].sort()).toEqual(declared);
  });
});
