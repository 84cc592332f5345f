// The comparison itself, on hand-made facts: what each kind of difference looks like, and
// what it leaves out (the subtree of a missing or extra path, anything below a position the
// published definition leaves untyped).
import { describe, expect, it } from "vitest";
import { compareFacts } from "./compare.ts";
import { covers, readDeviations } from "./deviations.ts";
import type { WireFact } from "./wire-facts.ts";

const fact = (path: string, extra: Partial<WireFact> = {}): WireFact => ({ path, shape: "string", required: false, nullable: false, ...extra });

describe("compareFacts", () => {
  it("names each kind of difference once per path", () => {
    const published = [
      fact("server:e", { shape: "event", required: true }),
      fact("server:e/a", { required: true }),
      fact("server:e/b"),
      fact("server:e/c", { values: ["x", "y"], open: true }),
      fact("server:e/gone", { shape: "object" }),
      fact("server:e/gone/inner"),
    ];
    const spec = [
      fact("server:e", { shape: "event", required: true }),
      fact("server:e/a", { nullable: true }),
      fact("server:e/b", { shape: "integer" }),
      fact("server:e/c", { values: ["x", "z"] }),
      fact("server:e/new", { shape: "object" }),
      fact("server:e/new/inner"),
    ];
    expect(compareFacts(published, spec).map((d) => `${d.kind} ${d.path}`)).toEqual([
      "nullable server:e/a",
      "optional server:e/a",
      "shape server:e/b",
      "closed server:e/c",
      "values server:e/c",
      "missing server:e/gone",
      "extra server:e/new",
    ]);
  });

  it("reports a closed set of values where the published definition takes any string", () => {
    const differences = compareFacts([fact("server:e/kind")], [fact("server:e/kind", { values: ["a"] })]);
    expect(differences.map((d) => `${d.kind} ${d.path}`)).toEqual(["closed server:e/kind"]);
  });

  it("does not compare below a position the published definition leaves untyped", () => {
    const published = [fact("client:e/voice", { shape: "any" })];
    const spec = [fact("client:e/voice", { shape: "union" }), fact("client:e/voice{type=x}/name", { required: true })];
    expect(compareFacts(published, spec)).toEqual([]);
  });
});

describe("the deviations table", () => {
  const readme = [
    "## Deviations from the service's definition",
    "",
    "| difference | path | versions | evidence |",
    "| --- | --- | --- | --- |",
    "| `nullable` | `server:*/usage` | all | recorded |",
    "| `extra` | `*:*/x` | 2026-04-10, 2026-07-15 | docs |",
    "",
    "## Next",
    "| `missing` | `ignored` | all | outside the section |",
  ].join("\n");

  it("reads the rows of its own section only", () => {
    expect(readDeviations(readme).map((d) => [d.kind, d.pattern, d.versions])).toEqual([
      ["nullable", "server:*/usage", "all"],
      ["extra", "*:*/x", ["2026-04-10", "2026-07-15"]],
    ]);
  });

  it("covers a difference of its kind, on a matching path, in a listed version", () => {
    const [nullable, extra] = readDeviations(readme) as [ReturnType<typeof readDeviations>[number], ReturnType<typeof readDeviations>[number]];
    expect(covers(nullable, "2025-10-01", { kind: "nullable", path: "server:response.done/response/usage", detail: "" })).toBe(true);
    expect(covers(nullable, "2025-10-01", { kind: "optional", path: "server:response.done/response/usage", detail: "" })).toBe(false);
    expect(covers(nullable, "2025-10-01", { kind: "nullable", path: "client:x/usage", detail: "" })).toBe(false);
    expect(covers(extra, "2026-04-10", { kind: "extra", path: "client:a/b/x", detail: "" })).toBe(true);
    expect(covers(extra, "2026-06-01-preview", { kind: "extra", path: "client:a/b/x", detail: "" })).toBe(false);
  });
});
