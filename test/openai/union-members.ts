import { compareText } from "./order.js";
import { literals, primitive, resolve, type Literal, type Shape } from "./shape.js";

export type ScalarKind = "string" | "number" | "boolean" | "null" | "unknown";

/**
 * A shape seen as the set of alternatives it allows, in one canonical form whatever the
 * side wrote: nested unions flattened (through names), literal members folded into one
 * literal set per primitive (`"a" | "b" | string` is an open set), `true | false` is `boolean`.
 */
export interface Members {
  readonly scalars: ReadonlyMap<ScalarKind, Shape>;
  readonly arrays: readonly Shape[];
  /** Object alternatives, still named where they were declared, so nested models keep their names. */
  readonly objects: readonly Shape[];
}

export const SCALAR_ORDER: readonly ScalarKind[] = ["string", "number", "boolean", "null", "unknown"];

export function membersOf(shape: Shape): Members {
  const collector = new Collector();
  collector.visit(shape, new Set());
  return collector.result();
}

export function memberCount(members: Members): number {
  return members.scalars.size + members.arrays.length + members.objects.length;
}

class Collector {
  readonly values = { string: new Set<Literal>(), number: new Set<Literal>() };
  readonly open = { string: false, number: false };
  readonly booleans = new Set<boolean>();
  hasNull = false;
  hasUnknown = false;
  readonly arrays: Shape[] = [];
  readonly objects: Shape[] = [];

  visit(shape: Shape, seen: Set<string>): void {
    if (shape.kind === "named") {
      if (seen.has(shape.name)) return;
      const target = resolve(shape);
      if (target.kind === "object") this.objects.push(shape);
      else this.visit(target, new Set(seen).add(shape.name));
      return;
    }
    switch (shape.kind) {
      case "union":
        for (const member of shape.members) this.visit(member, seen);
        return;
      case "object":
        this.objects.push(shape);
        return;
      case "array":
        this.arrays.push(shape);
        return;
      case "literals":
        for (const value of shape.values) this.literal(value);
        if (shape.open) this.primitive(typeof shape.values[0] === "number" ? "number" : "string");
        return;
      case "primitive":
        this.primitive(shape.name);
        return;
    }
  }

  literal(value: Literal): void {
    if (typeof value === "boolean") this.booleans.add(value);
    else this.values[typeof value === "number" ? "number" : "string"].add(value);
  }

  primitive(name: ScalarKind): void {
    if (name === "string" || name === "number") this.open[name] = true;
    else if (name === "boolean") this.booleans.add(true).add(false);
    else if (name === "null") this.hasNull = true;
    else this.hasUnknown = true;
  }

  result(): Members {
    // `unknown` absorbs every other alternative, as it does in TypeScript.
    if (this.hasUnknown) return { scalars: new Map([["unknown", primitive("unknown")]]), arrays: [], objects: [] };
    const scalars = new Map<ScalarKind, Shape>();
    for (const kind of ["string", "number"] as const) {
      const values = [...this.values[kind]].sort(compareLiterals);
      if (values.length > 0) scalars.set(kind, literals(values, this.open[kind]));
      else if (this.open[kind]) scalars.set(kind, primitive(kind));
    }
    if (this.booleans.size === 2) scalars.set("boolean", primitive("boolean"));
    else if (this.booleans.size === 1) scalars.set("boolean", literals([...this.booleans]));
    if (this.hasNull) scalars.set("null", primitive("null"));
    return { scalars, arrays: this.arrays, objects: this.objects };
  }
}

/** Numbers by value, everything else in text order: literal sets are compared element by element. */
function compareLiterals(a: Literal, b: Literal): number {
  return typeof a === "number" && typeof b === "number" ? a - b : compareText(String(a), String(b));
}
