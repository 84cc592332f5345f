import { describe, expect, it } from "vitest";
import { emit, schemaOf, versionedService } from "./tester.js";

async function emitModel(body: string) {
  const { files, diagnostics } = await emit(versionedService(body));
  expect(diagnostics).toEqual([]);
  return { types: files["1/types.d.ts"]!, defs: schemaOf(files, "1").$defs };
}

describe("type mapping", () => {
  it("open unions: TypeScript keeps the known values and admits any string; the schema keeps both", async () => {
    const { types, defs } = await emitModel(`union Voice { string, alloy: "alloy", echo: "echo" }`);
    expect(types).toContain(`export type Voice = "alloy" | "echo" | (string & {});`);
    expect(defs.Voice).toEqual({ anyOf: [{ type: "string", enum: ["alloy", "echo"] }, { type: "string" }] });
  });

  it("an open union written in line is the same enum as a named one, in TypeScript and schema", async () => {
    const { types, defs } = await emitModel(`model M { reason: "a" | "b" | string; size: "s" | "m"; }`);
    expect(types).toContain(`reason: "a" | "b" | (string & {});`);
    expect(types).toContain(`size: "s" | "m";`);
    expect(defs.M.properties.reason).toEqual({ anyOf: [{ type: "string", enum: ["a", "b"] }, { type: "string" }] });
    expect(defs.M.properties.size).toEqual({ type: "string", enum: ["s", "m"] });
  });

  it("scalar alternatives that become the same TypeScript type are written once; the schema keeps each", async () => {
    const { types, defs } = await emitModel(`union Num { int32, float64, string } model M { n: string | int32 | float64; }`);
    expect(types).toContain(`export type Num = number | string;`);
    expect(types).toContain(`n: string | number;`);
    expect(defs.Num.anyOf).toHaveLength(3);
  });

  it("literals of different kinds are a union, not an enum typed by the first", async () => {
    const { types, defs } = await emitModel(`union Mixed { "a", 1 }`);
    expect(types).toContain(`export type Mixed = "a" | 1;`);
    expect(defs.Mixed).toEqual({ enum: ["a", 1] });
  });

  it("closed enums and literal unions become literal unions and enum", async () => {
    const { types, defs } = await emitModel(`enum Modality { text, audio } union Status { "ok", "failed" }`);
    expect(types).toContain(`export type Modality = "text" | "audio";`);
    expect(types).toContain(`export type Status = "ok" | "failed";`);
    expect(defs.Status).toEqual({ type: "string", enum: ["ok", "failed"] });
  });

  it("records, unknown, arrays, literals, nullable and int32 | \"inf\"", async () => {
    const { types, defs } = await emitModel(`
      model M {
        metadata?: Record<string>;
        passthrough?: Record<unknown>;
        anything: unknown;
        tags: string[];
        kind: "fixed";
        cleared: string | null;
        max_tokens?: int32 | "inf";
      }
    `);
    expect(types).toContain("metadata?: Record<string, string>;");
    expect(types).toContain("passthrough?: Record<string, unknown>;");
    expect(types).toContain("anything: unknown;");
    expect(types).toContain("tags: string[];");
    expect(types).toContain(`kind: "fixed";`);
    expect(types).toContain("cleared: string | null;");
    expect(types).toContain(`max_tokens?: number | "inf";`);
    expect(defs.M.properties.metadata).toEqual({ type: "object", additionalProperties: { type: "string" } });
    expect(defs.M.properties.anything).toEqual({});
    expect(defs.M.properties.cleared).toEqual({ anyOf: [{ type: "string" }, { type: "null" }] });
    expect(defs.M.properties.max_tokens.anyOf[0]).toEqual({ type: "integer", minimum: -2147483648, maximum: 2147483647 });
    expect(defs.M.required).toEqual(["anything", "tags", "kind", "cleared"]);
  });

  it("integer ranges follow the scalar and its constraints", async () => {
    const { defs } = await emitModel(`model M { a: int64; b: uint8; @minValue(0) @maxValue(1) c: float32; d: safeint; }`);
    expect(defs.M.properties.a).toEqual({ type: "integer", minimum: -(2 ** 63), exclusiveMaximum: 2 ** 63 });
    expect(defs.M.properties.b).toEqual({ type: "integer", minimum: 0, maximum: 255 });
    expect(defs.M.properties.c).toEqual({ type: "number", minimum: 0, maximum: 1 });
    expect(defs.M.properties.d.maximum).toBe(Number.MAX_SAFE_INTEGER);
  });

  it("defaults, docs and deprecation reach JSDoc and the schema", async () => {
    const { types, defs } = await emitModel(`
      /** A tunable. */
      model M {
        /** Sampling temperature. */
        temperature?: float32 = 0.8;
        #deprecated "Use temperature."
        heat?: float32;
        @doc("Ends a comment: */ must not.") note?: string;
      }
    `);
    expect(types).toMatch(/\/\*\*\s*\* Sampling temperature\.\s*\* @default 0\.8\s*\*\/\s*temperature\?: number;/);
    expect(types).toMatch(/@deprecated Use temperature\.\s*\*\/\s*heat\?: number;/);
    expect(types).toContain("Ends a comment: *\\/ must not.");
    expect(defs.M).toMatchObject({ description: "A tunable." });
    expect(defs.M.properties.temperature).toEqual({ type: "number", default: 0.8, description: "Sampling temperature." });
    expect(defs.M.properties.heat.deprecated).toBe(true);
  });

  it("anonymous models and template instances are inlined", async () => {
    const { types } = await emitModel(`
      model Page<T> { items: T[]; }
      model M { inline: { a: string }; page: Page<string>; }
    `);
    expect(types).toContain("  inline: {\n    a: string;\n  };");
    expect(types).toContain("  page: {\n    items: string[];\n  };");
    expect(types).not.toContain("interface Page");
  });

  it("declarations are sorted by name and output is byte-identical across runs", async () => {
    const body = `model Zeta { a: string; } model Alpha { z: Zeta; }`;
    const first = await emit(versionedService(body));
    const second = await emit(versionedService(body));
    expect(first.files).toEqual(second.files);
    expect(first.files["1/types.d.ts"]!.indexOf("interface Alpha")).toBeLessThan(first.files["1/types.d.ts"]!.indexOf("interface Zeta"));
    expect(first.files["1/types.d.ts"]!.startsWith("// Generated by typespec-wire-emitter for API version 1.")).toBe(true);
  });
});
