import { emptyOutcome, joinPath, type Outcome, type ValueSet } from "./differences.js";
import { matchObjects, objectOf, type ObjectPair } from "./match-objects.js";
import { renderLiteral } from "./render-shape.js";
import { resolve, type Literal, type NamedShape, type ObjectShape, type Shape } from "./shape.js";
import { memberCount, membersOf, SCALAR_ORDER, type Members, type ScalarKind } from "./union-members.js";

/** Two declared models compared once, wherever they meet; events and other models refer to it. */
export interface ModelPair {
  readonly key: string;
  readonly voicelive: NamedShape;
  readonly openai: NamedShape;
  /** Compared with a bag's constants narrowed (see {@link matchObjects}): no declared type says that. */
  readonly narrowed: boolean;
  readonly outcome: Outcome;
}

/**
 * Anonymous shapes nest a few levels at most; past this depth something is looping
 * through anonymous types, and the comparison says so instead of recursing on.
 */
const MAX_DEPTH = 16;

export function pairKey(voicelive: string, openai: string): string {
  return `${voicelive} ↔ ${openai}`;
}

/**
 * Compares VoiceLive shapes with OpenAI shapes. Where both sides name a model (an object
 * or a union of objects) the pair is compared once and remembered: that is the cycle
 * guard (a model containing itself meets its own, already registered pair) and it keeps
 * the report from repeating `Response ↔ RealtimeResponse` under every event that carries one.
 */
export class Comparer {
  readonly pairs = new Map<string, ModelPair>();

  /**
   * An event's payload. The root `type` is the event mapping's business: it is taken as
   * agreed (a renamed event is not a difference), though its presence still is compared.
   */
  compareEvents(voicelive: Shape, openai: Shape): Outcome {
    const outcome = emptyOutcome();
    this.#objects(objectOf(voicelive), objectOf(openai), "", outcome, 0, new Set(["type"]));
    return outcome;
  }

  #compare(v: Shape, o: Shape, path: string, out: Outcome, depth: number): void {
    if (depth > MAX_DEPTH) {
      out.differences.push({ kind: "too-deep", path });
      return;
    }
    if (v.kind === "named" && o.kind === "named" && isModel(v) && isModel(o)) this.#pair(v, o, new Map(), path, out);
    else this.#structural(v, o, path, out, depth);
  }

  /** `narrowed`: tags a bag object is compared under (see {@link matchObjects}); part of the key, as they change the result. */
  #pair(v: NamedShape, o: NamedShape, narrowed: ReadonlyMap<string, Literal>, path: string, out: Outcome): void {
    const where = [...narrowed].map(([name, value]) => `${name}=${renderLiteral(value)}`).join(", ");
    const key = pairKey(v.name, o.name) + (where ? ` (${where})` : "");
    out.nested.push({ path, key });
    if (this.pairs.has(key)) return;
    const outcome = emptyOutcome();
    this.pairs.set(key, { key, voicelive: v, openai: o, narrowed: narrowed.size > 0, outcome });
    const rv = resolve(v);
    const ro = resolve(o);
    // Two objects: compare their bodies; going through the names again would only lead back to this pair.
    // Otherwise at least one side is a union, whose members are other names (and other pairs).
    if (rv.kind === "object" && ro.kind === "object") this.#objects(rv, ro, "", outcome, 0, new Set(narrowed.keys()));
    else this.#structural(v, o, "", outcome, 0);
  }

  #structural(v: Shape, o: Shape, path: string, out: Outcome, depth: number): void {
    const vm = membersOf(v);
    const om = membersOf(o);
    const vKind = soleKind(vm);
    const oKind = soleKind(om);
    // `unknown` on one side accepts every alternative of the other: one difference, not one per alternative.
    const unknown = (vKind === "unknown") !== (oKind === "unknown");
    if (unknown || (vKind && oKind && vKind !== oKind)) out.differences.push({ kind: "type", path, voicelive: v, openai: o });
    else this.#members(vm, om, path, out, depth);
  }

  /** Alternative by alternative: scalars by primitive type, arrays in order, objects by {@link matchObjects}. */
  #members(vm: Members, om: Members, path: string, out: Outcome, depth: number): void {
    for (const kind of SCALAR_ORDER) {
      const v = vm.scalars.get(kind);
      const o = om.scalars.get(kind);
      if (v && o) this.#scalars(kind, v, o, path, out);
      else if (v) out.differences.push({ kind: "member-only", path, side: "voicelive", member: v });
      else if (o) out.differences.push({ kind: "member-only", path, side: "openai", member: o });
    }
    const arrays = Math.max(vm.arrays.length, om.arrays.length);
    for (let index = 0; index < arrays; index++) {
      const v = vm.arrays[index];
      const o = om.arrays[index];
      if (v && o) this.#compare(itemsOf(v), itemsOf(o), `${path}[]`, out, depth + 1);
      else if (v) out.differences.push({ kind: "member-only", path, side: "voicelive", member: v });
      else if (o) out.differences.push({ kind: "member-only", path, side: "openai", member: o });
    }
    const match = matchObjects(vm.objects, om.objects);
    const several = vm.objects.length > 1 || om.objects.length > 1;
    for (const pair of match.pairs) this.#objectPair(pair, several ? `${path}[${segment(pair)}]` : path, out, depth);
    for (const member of match.onlyVoiceLive) out.differences.push({ kind: "member-only", path, side: "voicelive", member });
    for (const member of match.onlyOpenAI) out.differences.push({ kind: "member-only", path, side: "openai", member });
  }

  #objectPair(pair: ObjectPair, path: string, out: Outcome, depth: number): void {
    const { voicelive: v, openai: o } = pair;
    const narrowed = new Map([...pair.narrowed].map((name) => [name, pair.tags.get(name)!]));
    if (v.kind === "named" && o.kind === "named") this.#pair(v, o, narrowed, path, out);
    else this.#objects(objectOf(v), objectOf(o), path, out, depth + 1, pair.narrowed);
  }

  /**
   * Property by property, in name order. `agreed` names properties whose values are
   * known to match (narrowed tags): only whether they are required is compared.
   */
  #objects(v: ObjectShape, o: ObjectShape, path: string, out: Outcome, depth: number, agreed: ReadonlySet<string> = new Set()): void {
    const names = [...new Set([...v.properties.keys(), ...o.properties.keys()])].sort();
    for (const name of names) {
      const vp = v.properties.get(name);
      const op = o.properties.get(name);
      const at = joinPath(path, name);
      if (!op) out.differences.push({ kind: "property-only", path: at, side: "voicelive", required: vp!.required, shape: vp!.shape });
      else if (!vp) out.differences.push({ kind: "property-only", path: at, side: "openai", required: op.required, shape: op.shape });
      else {
        if (vp.required !== op.required) out.differences.push({ kind: "required-only", path: at, side: vp.required ? "voicelive" : "openai" });
        if (!agreed.has(name)) this.#compare(vp.shape, op.shape, at, out, depth + 1);
      }
    }
    const at = `${path}{}`;
    if (v.additional && o.additional) this.#compare(v.additional, o.additional, at, out, depth + 1);
    else if (v.additional) out.differences.push({ kind: "property-only", path: at, side: "voicelive", required: false, shape: v.additional });
    else if (o.additional) out.differences.push({ kind: "property-only", path: at, side: "openai", required: false, shape: o.additional });
  }

  #scalars(kind: ScalarKind, v: Shape, o: Shape, path: string, out: Outcome): void {
    const vs = valueSet(kind, v);
    const os = valueSet(kind, o);
    const same = vs.open === os.open && vs.values.length === os.values.length && vs.values.every((value, index) => value === os.values[index]);
    if (!same) out.differences.push({ kind: "values", path, voicelive: vs, openai: os });
  }
}

/** A named shape is a model, compared in its own section, when it is an object or a union with object alternatives. */
function isModel(shape: NamedShape): boolean {
  return resolve(shape).kind === "object" || membersOf(shape).objects.length > 0;
}

/** The kind of a shape with exactly one alternative; undefined for real unions. */
function soleKind(members: Members): string | undefined {
  if (memberCount(members) !== 1) return undefined;
  return members.scalars.keys().next().value ?? (members.arrays.length > 0 ? "array" : "object");
}

function itemsOf(shape: Shape): Shape {
  const target = resolve(shape);
  if (target.kind !== "array") throw new Error("expected an array alternative");
  return target.items;
}

/** Scalars as literal sets; the sets are sorted by {@link membersOf}, so equal sets compare element-wise. */
function valueSet(kind: ScalarKind, shape: Shape): ValueSet {
  const target = resolve(shape);
  if (target.kind === "literals") return { values: target.values, open: target.open };
  if (kind === "boolean") return { values: [false, true], open: false };
  return { values: [], open: kind === "string" || kind === "number" };
}

/** How a paired union member is named in a path: by its agreed constants, else by its name. */
function segment(pair: ObjectPair): string {
  if (pair.tags.size > 0) {
    const names = [...pair.tags.keys()].sort((a, b) => (a === "type" ? -1 : b === "type" ? 1 : a < b ? -1 : 1));
    return names.map((name) => `${name}=${renderLiteral(pair.tags.get(name)!)}`).join(", ");
  }
  return pair.voicelive.kind === "named" ? pair.voicelive.name : "object";
}
