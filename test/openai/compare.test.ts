import { describe, expect, it } from "vitest";
import { Comparer } from "./compare.js";
import type { Outcome } from "./differences.js";
import { literals, named, primitive, union, type PropertyShape, type Shape } from "./shape.js";
import { judge } from "./verdicts.js";

/** An object shape from `name: [shape, required]` entries. */
function object(properties: Record<string, [Shape, boolean]>): Shape {
  return { kind: "object", properties: new Map<string, PropertyShape>(Object.entries(properties).map(([name, [shape, required]]) => [name, { shape, required }])) };
}

const string = primitive("string");
const number = primitive("number");
const nul = primitive("null");

/** Wraps both payloads as events (with the `type` the comparison skips) and compares them. */
function compare(voicelive: Record<string, [Shape, boolean]>, openai: Record<string, [Shape, boolean]>): { outcome: Outcome; comparer: Comparer } {
  const comparer = new Comparer();
  const event = (properties: Record<string, [Shape, boolean]>) => named("Event", () => object({ type: [literals(["x"]), true], ...properties }));
  return { outcome: comparer.compareEvents(event(voicelive), event(openai)), comparer };
}

describe("the structural comparison", () => {
  it("folds an open enum the way each side writes it into one literal set", () => {
    const schemaStyle = union([literals(["alloy", "echo"]), string]);
    const sdkStyle = union([string, literals(["echo"]), literals(["alloy"])]);
    expect(compare({ voice: [schemaStyle, false] }, { voice: [sdkStyle, false] }).outcome.differences).toEqual([]);
  });

  it("reports a closed set against an open one with the values only each side has", () => {
    const { differences } = compare({ status: [literals(["done", "failed"]), true] }, { status: [union([literals(["done", "busy"]), string]), true] }).outcome;
    expect(differences).toEqual([
      { kind: "values", path: "status", voicelive: { values: ["done", "failed"], open: false }, openai: { values: ["busy", "done"], open: true } },
    ]);
  });

  it("tells requiredness, one-sided properties and nullability apart", () => {
    const { differences } = compare({ a: [string, true], b: [number, false] }, { a: [union([string, nul]), false], c: [string, true] }).outcome;
    expect(differences.map((d) => `${d.kind} ${d.path}`)).toEqual(["required-only a", "member-only a", "property-only b", "property-only c"]);
  });

  it("pairs union members by their constants and compares a bag object under each member's constant", () => {
    const text = named("TextPart", () => object({ type: [literals(["text"]), true], text: [string, true] }));
    const audio = named("AudioPart", () => object({ type: [literals(["audio"]), true], audio: [string, true] }));
    const bag = named("Part", () => object({ type: [literals(["text", "audio"]), false], text: [string, false], audio: [string, false] }));
    const { outcome, comparer } = compare({ part: [named("ContentPart", () => union([text, audio])), true] }, { part: [bag, true] });
    expect(outcome.nested.map((n) => n.key)).toEqual(["ContentPart ↔ Part"]);
    expect(comparer.pairs.get("ContentPart ↔ Part")!.outcome.nested.map((n) => `${n.path} ${n.key}`)).toEqual([
      '[type="text"] TextPart ↔ Part (type="text")',
      '[type="audio"] AudioPart ↔ Part (type="audio")',
    ]);
    const textPair = comparer.pairs.get('TextPart ↔ Part (type="text")')!.outcome.differences;
    expect(textPair.map((d) => `${d.kind} ${d.path}`)).toEqual(["property-only audio", "required-only text", "required-only type"]);
  });

  it("compares a recursive model pair once and stops at the cycle", () => {
    const node = (): Shape => named("Node", () => object({ child: [node(), false], value: [number, true] }));
    const { outcome, comparer } = compare({ root: [node(), true] }, { root: [node(), true] });
    expect(outcome.differences).toEqual([]);
    expect([...comparer.pairs.keys()]).toEqual(["Node ↔ Node"]);
    expect(judge(comparer.pairs).of(outcome)).toBe("identical");
  });

  it("reports `unknown` against a union once, not per member", () => {
    const { differences } = compare({ error: [primitive("unknown"), false] }, { error: [union([nul, object({ message: [string, true] })]), false] }).outcome;
    expect(differences.map((d) => `${d.kind} ${d.path}`)).toEqual(["type error"]);
  });
});

describe("the verdicts", () => {
  it("calls optional one-sided properties and open-set values assignable, anything else different", () => {
    const open = (values: string[]) => union([literals(values), string]);
    const soft = compare({ extra: [string, false], voice: [open(["a"]), true] }, { voice: [open(["b"]), true] });
    expect(judge(soft.comparer.pairs).of(soft.outcome)).toBe("assignable");
    const hard = compare({ extra: [string, true] }, {});
    expect(judge(hard.comparer.pairs).of(hard.outcome)).toBe("different");
  });

  it("passes a nested pair's verdict up to every event that contains it", () => {
    const inner = (required: boolean) => named("Inner", () => object({ value: [number, required] }));
    const { outcome, comparer } = compare({ inner: [inner(true), true] }, { inner: [inner(false), true] });
    expect(outcome.differences).toEqual([]);
    expect(judge(comparer.pairs).of(outcome)).toBe("different");
  });
});
