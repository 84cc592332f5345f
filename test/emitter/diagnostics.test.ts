import { $lib } from "typespec-wire-emitter";
import { getSourceLocation, NoTarget, type Diagnostic, type DiagnosticTarget } from "@typespec/compiler";
import { describe, expect, it } from "vitest";
import { emit, versionedService } from "./tester.js";

/**
 * Where a diagnostic must point: at the emitter itself (an option, a file-system
 * problem) or at a spec node of this kind and name whose source text holds `text`.
 */
type ExpectedTarget = "emitter" | { readonly kind: string; readonly name?: string; readonly text: string };

interface Case {
  readonly code: string;
  readonly options?: Record<string, unknown>;
  /** Extra files of the virtual file system (package templates). */
  readonly files?: Record<string, string>;
  readonly severity: "error" | "warning";
  readonly target: ExpectedTarget;
}

/**
 * One case per diagnostic code the library declares; the last test fails when a
 * code is declared without a case here (a declared code nothing reports is a defect).
 * `output-dir-not-owned` and `output-write-failed` need the real file system and are covered in cli.test.ts.
 * `usage-unreadable` is covered in directions.test.ts.
 */
const cases: Record<string, Case> = {
  "unknown-version": { code: versionedService(`model M { a: string; }`), options: { versions: ["9"] }, severity: "error", target: "emitter" },
  "invalid-option": { code: versionedService(`model M { a: string; }`), options: { outputs: "types,everything" }, severity: "error", target: "emitter" },
  "invalid-version-folder": {
    code: versionedService(`model M { a: string; }`),
    options: { "version-folder": "../out" },
    severity: "error",
    target: "emitter",
  },
  "name-collision": {
    code: versionedService(`model Thing { a: string; } namespace Other { model Thing { b: string; } }`),
    severity: "error",
    // The second declaration met (the sub-namespace's) is the one reported.
    target: { kind: "Model", name: "Thing", text: "model Thing { b: string; }" },
  },
  "template-not-instantiated": {
    code: versionedService(`model Box<T> { value: T; }`),
    severity: "warning",
    target: { kind: "Model", name: "Box", text: "model Box<T>" },
  },
  "undiscriminated-union": {
    code: versionedService(`model A { a: string; } model B { b: string; } union AorB { A, B }`),
    severity: "warning",
    target: { kind: "Union", name: "AorB", text: "union AorB { A, B }" },
  },
  "undiscriminated-hierarchy": {
    code: versionedService(`model Pet { name: string; } model Cat extends Pet { meows: boolean; } model Owner { pet: Pet; }`),
    severity: "warning",
    target: { kind: "Model", name: "Pet", text: "model Pet { name: string; }" },
  },
  "unnamed-variant": {
    code: versionedService(`
      model Box<T> { kind: "box"; v: T; }
      model C { kind: "c"; }
      @discriminated(#{ envelope: "none", discriminatorPropertyName: "kind" }) union U { box: Box<string>, c: C }`),
    severity: "warning",
    target: { kind: "UnionVariant", name: "box", text: "box: Box<string>" },
  },
  "invalid-pattern": {
    code: versionedService(`model M { @pattern("[\\\\w-.]") name: string; }`),
    severity: "warning",
    target: { kind: "ModelProperty", name: "name", text: "name: string" },
  },
  "unsupported-encoding": {
    code: versionedService(`model M { @encode("custom-epoch", int64) at: utcDateTime; }`),
    severity: "warning",
    target: { kind: "ModelProperty", name: "at", text: "at: utcDateTime" },
  },
  "unsupported-type": {
    code: versionedService(`model M { pair: [string, int32]; }`),
    severity: "warning",
    target: { kind: "Tuple", text: "[string, int32]" },
  },
  "unknown-hot-variant": {
    code: versionedService(`model M { a: string; }`),
    options: { "hot-variants": ["no.such.event"] },
    severity: "warning",
    target: "emitter",
  },
  "multiple-services": {
    code: `${versionedService(`model M { a: string; }`)}\n@service namespace Second { model X { x: string; } }`,
    severity: "warning",
    target: { kind: "Namespace", name: "Second", text: "namespace Second" },
  },
  "package-templates-missing": {
    code: versionedService(`model M { a: string; }`),
    options: { "package-templates": "./no-templates" },
    severity: "error",
    target: "emitter",
  },
  // Without the package: each package template would report its own collision (or escape) beside the emitter's output.
  "output-path-collision": {
    code: versionedService(`model M { a: string; }`, [`v1: "1"`, `v2: "2/../1"`]),
    options: { outputs: "types,schemas,validators" },
    severity: "error",
    target: "emitter",
  },
  "unresolved-template-import": {
    code: versionedService(`model M { a: string; }`),
    options: { "package-templates": "/test/broken-templates" },
    files: { "/test/broken-templates/package.json": `{ "name": "broken" }`, "/test/broken-templates/index.js": `export { nothing } from "./1/types.js";\n` },
    severity: "error",
    target: "emitter",
  },
  "output-path-outside": {
    code: versionedService(`model M { a: string; }`, [`v1: "../escape"`]),
    options: { outputs: "types,schemas,validators" },
    severity: "error",
    target: "emitter",
  },
};
// `usage-unreadable` needs TCGC to fail to load while the spec uses it: directions.test.ts makes its import fail.
const coveredElsewhere = new Set(["output-dir-not-owned", "output-write-failed", "usage-unreadable"]);

function describeTarget(target: ExpectedTarget): string {
  return target === "emitter" ? "the emitter (no source location)" : `${target.kind} ${target.name ?? target.text}`;
}

/** The diagnostic points where expected: the node's kind and name, and a source range over its text. */
function expectTarget(diagnostic: Diagnostic, expected: ExpectedTarget): void {
  if (expected === "emitter") {
    expect(diagnostic.target).toBe(NoTarget);
    return;
  }
  const target = diagnostic.target as DiagnosticTarget & { kind?: unknown; name?: unknown };
  expect(target.kind).toBe(expected.kind);
  if (expected.name !== undefined) expect(target.name).toBe(expected.name);
  const location = getSourceLocation(target);
  expect(location.file.path).toMatch(/main\.tsp$/);
  expect(location.file.text.slice(location.pos, location.end)).toContain(expected.text);
}

describe("diagnostics", () => {
  for (const [code, testCase] of Object.entries(cases)) {
    it(`reports ${code} on ${describeTarget(testCase.target)}, never a crash`, async () => {
      const { diagnostics } = await emit(testCase.code, testCase.options, testCase.files);
      const ours = diagnostics.filter((d: Diagnostic) => d.code === `typespec-wire-emitter/${code}`);
      expect(ours, JSON.stringify(diagnostics.map((d) => d.code))).toHaveLength(1);
      expect(ours[0]!.severity).toBe(testCase.severity);
      expect(ours[0]!.message.length).toBeGreaterThan(20);
      expectTarget(ours[0]!, testCase.target);
    });
  }

  it("an error writes nothing, rather than a tree where one colliding type overwrote the other", async () => {
    const { files } = await emit(cases["name-collision"]!.code);
    expect(files).toEqual({});
  });

  it("every declared code has a case", () => {
    const declared = Object.keys($lib.diagnostics).sort();
    expect([...Object.keys(cases), ...coveredElsewhere].sort()).toEqual(declared);
  });
});
