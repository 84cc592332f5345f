// The differences between the published facts of one API version and this spec's.
import type { WireFact } from "./wire-facts.ts";

export type DifferenceKind = "missing" | "extra" | "required" | "optional" | "nullable" | "not-nullable" | "shape" | "values" | "open" | "closed";

export interface Difference {
  path: string;
  kind: DifferenceKind;
  /** One line for a reader: what the published definition says against what the spec says. */
  detail: string;
}

/**
 * Kinds, read as "the spec is … where the published definition is not": `missing` a path
 * the spec lacks, `extra` one only the spec has, `required`/`optional`, `nullable`/
 * `not-nullable`, `open`/`closed` enums, `shape`, and `values` (members on one side only).
 * Below a missing or extra path nothing more is reported, nor below a path the published
 * definition leaves untyped.
 */
export function compareFacts(published: WireFact[], spec: WireFact[]): Difference[] {
  const ours = new Map(spec.map((fact) => [fact.path, fact]));
  const theirs = new Map(published.map((fact) => [fact.path, fact]));
  const differences: Difference[] = [];
  const absent: string[] = [];
  for (const fact of published) {
    const mine = ours.get(fact.path);
    if (!mine) {
      if (!below(fact.path, absent)) {
        absent.push(fact.path);
        differences.push({ path: fact.path, kind: "missing", detail: `published as ${describe(fact)}` });
      }
      continue;
    }
    differences.push(...compareFact(fact, mine));
  }
  // Below a position the published definition leaves untyped (a union autorest cannot
  // express, such as the voice), the spec's detail cannot be compared: it is not "extra".
  const added = published.filter((fact) => fact.shape === "any").map((fact) => fact.path);
  for (const fact of spec) {
    if (theirs.has(fact.path) || below(fact.path, added)) continue;
    added.push(fact.path);
    differences.push({ path: fact.path, kind: "extra", detail: `the spec has ${describe(fact)}` });
  }
  return differences.sort((a, b) => (a.path === b.path ? (a.kind < b.kind ? -1 : 1) : a.path < b.path ? -1 : 1));
}

function compareFact(published: WireFact, spec: WireFact): Difference[] {
  const path = published.path;
  const differences: Difference[] = [];
  if (published.required !== spec.required) {
    differences.push({ path, kind: spec.required ? "required" : "optional", detail: `published ${published.required ? "required" : "optional"}` });
  }
  if (published.nullable !== spec.nullable) {
    differences.push({ path, kind: spec.nullable ? "nullable" : "not-nullable", detail: `published ${published.nullable ? "nullable" : "not nullable"}` });
  }
  if (published.shape !== spec.shape && published.shape !== "any") {
    differences.push({ path, kind: "shape", detail: `published ${published.shape}, the spec ${spec.shape}` });
  }
  const theirs = new Set(published.values ?? []);
  const ours = new Set(spec.values ?? []);
  const onlyPublished = [...theirs].filter((v) => !ours.has(v));
  const onlySpec = [...ours].filter((v) => !theirs.has(v));
  if (published.values && (onlyPublished.length > 0 || onlySpec.length > 0)) {
    const parts = [];
    if (onlyPublished.length > 0) parts.push(`only published: ${onlyPublished.join(", ")}`);
    if (onlySpec.length > 0) parts.push(`only in the spec: ${onlySpec.join(", ")}`);
    differences.push({ path, kind: "values", detail: parts.join("; ") });
  }
  // The spec narrower than the service: a closed set of values where the definition takes any.
  if (!published.values && spec.values && !spec.open && published.shape !== "any" && published.shape !== "union") {
    differences.push({ path, kind: "closed", detail: `published any ${published.shape}, the spec only ${spec.values.join(", ")}` });
  }
  if (published.values && spec.values && Boolean(published.open) !== Boolean(spec.open)) {
    differences.push({ path, kind: spec.open ? "open" : "closed", detail: `published ${published.open ? "open" : "closed"}` });
  }
  return differences;
}

function below(path: string, roots: string[]): boolean {
  return roots.some((root) => path.startsWith(root) && "/[{".includes(path[root.length] ?? "x"));
}

function describe(fact: WireFact): string {
  const values = fact.values ? ` (${fact.open ? "open: " : ""}${fact.values.join(", ")})` : "";
  return `${fact.required ? "required" : "optional"}${fact.nullable ? " nullable" : ""} ${fact.shape}${values}`;
}
