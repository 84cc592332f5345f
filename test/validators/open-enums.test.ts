// An open enum admits its known values and every other value of its scalar, but
// only within the scalar's constraints: `union N { int32, 1, 2 }` is an int32 with
// two named values, not any number. Schema, types and validators must all keep that.
import { describe, expect, it } from "vitest";
import { emit } from "../emitter/tester.js";
import { emittedValidators } from "./support/emitted-module.js";

const spec = `
  union N { int32, 1, 2 }
  @maxLength(5) @pattern("^[a-z]+$") scalar Short extends string;
  union S { Short, "a", "bb" }
  union Plain { string, "x", "y" }
  model Holder { n?: N; s?: S; p?: Plain; }
`;

describe("open enums keep their scalar's constraints", () => {
  it("schema.json: known values, or the scalar with its constraints", async () => {
    const { files } = await emit(`@service namespace Demo;\n${spec}`);
    const defs = JSON.parse(files["schema.json"]!).$defs;
    expect(defs.N).toEqual({ anyOf: [{ type: "number", enum: [1, 2] }, { type: "integer", minimum: -2147483648, maximum: 2147483647 }] });
    expect(defs.S).toEqual({ anyOf: [{ type: "string", enum: ["a", "bb"] }, { type: "string", maxLength: 5, pattern: "^[a-z]+$" }] });
    expect(defs.Plain).toEqual({ anyOf: [{ type: "string", enum: ["x", "y"] }, { type: "string" }] });
  });

  it("types: the known values plus the open scalar, as before", async () => {
    const { files } = await emit(`@service namespace Demo;\n${spec}`);
    expect(files["types.d.ts"]).toContain(`export type S = "a" | "bb" | (string & {});`);
    expect(files["types.d.ts"]).toContain(`export type Plain = "x" | "y" | (string & {});`);
    expect(files["types.d.ts"]).toContain(`export type N = 1 | 2 | (number & {});`);
  });

  it("validators: an int32 open enum rejects 1.5 and 1e20, a constrained string one rejects what the scalar rejects", async () => {
    const { module } = await emittedValidators(spec);
    const accepts = (value: unknown) => [module.isHolder!(value), module.validateHolder!(value)];
    for (const value of [{ n: 1 }, { n: 7 }, { s: "a" }, { s: "abcde" }, { p: "anything at all" }]) {
      expect(accepts(value), JSON.stringify(value)).toEqual([true, true]);
    }
    for (const value of [{ n: 1.5 }, { n: 1e20 }, { n: "1" }, { s: "abcdef" }, { s: "ABC" }, { p: 1 }]) {
      expect(accepts(value), JSON.stringify(value)).toEqual([false, false]);
    }
  });

  it("an open enum whose known value its scalar rejects stays a choice", async () => {
    const { module } = await emittedValidators(`union Half { int32, 1.5 } model Holder { h: Half; }`);
    expect(module.validateHolder!({ h: 1.5 })).toBe(true);
    expect(module.validateHolder!({ h: 3 })).toBe(true);
    expect(module.validateHolder!({ h: 2.5 })).toBe(false);
    expect(module.isHolder!({ h: 1.5 })).toBe(true);
  });
});
