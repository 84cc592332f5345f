// The scanners packaging.test.ts relies on: one that finds nothing would pass any package,
// one that reads strings as code would fail a correct one.
import { describe, expect, it } from "vitest";
import { moduleSpecifiers, stringEvaluations } from "./support/generated-files.js";

describe("moduleSpecifiers", () => {
  it("finds imports in minified and in formatted code", () => {
    const code = 'import{a as b}from"ajv/dist/runtime/equal";export*from"./validators.js";\nexport { x } from "../runtime/parse.js";';
    expect(moduleSpecifiers(code)).toEqual(["ajv/dist/runtime/equal", "./validators.js", "../runtime/parse.js"]);
  });

  it("finds dynamic imports, side-effect imports and require calls", () => {
    expect(moduleSpecifiers('await import("./a.js");import"./b.js";const c=require("ajv-formats")')).toEqual(["./a.js", "./b.js", "ajv-formats"]);
  });

  it("does not read code quoted in a string as a load (AJV's bundled helpers carry such strings)", () => {
    expect(moduleSpecifiers(`Gi.code='require("ajv/dist/runtime/ucs2length").default';const t="import x from 'y'"`)).toEqual([]);
  });
});

describe("stringEvaluations", () => {
  it("finds eval and Function, called, constructed or aliased", () => {
    const code = 'eval("1");const f=new Function("return 1");Function("x");const F=Function;new F("y")';
    expect(stringEvaluations(code).map((hit) => hit.split(/\W/)[0])).toEqual(["eval", "Function", "Function", "Function"]);
  });

  it("leaves property names, strings and look-alike names alone", () => {
    const code = 'typeof v=="function";isFunction(v);o.eval(1);({eval:1,Function:2});const s="new Function(x)";retrieval(x)';
    expect(stringEvaluations(code)).toEqual([]);
  });
});
