import type { Literal, Shape } from "./shape.js";

export type Side = "voicelive" | "openai";

/**
 * One way two shapes differ, at a path below the compared event or model:
 * `session.turn_detection[type="server_vad"].threshold`, `content[]`, `metadata{}`.
 */
export type Difference =
  /** A property one side declares and the other does not. */
  | { readonly kind: "property-only"; readonly path: string; readonly side: Side; readonly required: boolean; readonly shape: Shape }
  /** Both declare the property; one requires it. */
  | { readonly kind: "required-only"; readonly path: string; readonly side: Side }
  /** Different kinds of value (`string` against an object, say). */
  | { readonly kind: "type"; readonly path: string; readonly voicelive: Shape; readonly openai: Shape }
  /** Literal sets (enums, constants, open enums) with different members or openness. */
  | { readonly kind: "values"; readonly path: string; readonly voicelive: ValueSet; readonly openai: ValueSet }
  /** An alternative of a union (including `null`) that one side allows and the other does not. */
  | { readonly kind: "member-only"; readonly path: string; readonly side: Side; readonly member: Shape }
  /** The comparison stopped: anonymous shapes nested deeper than any real model. */
  | { readonly kind: "too-deep"; readonly path: string };

/** A literal set; `open` also accepts any other string (or number). A plain `string` is the open empty set. */
export interface ValueSet {
  readonly values: readonly Literal[];
  readonly open: boolean;
}

/** Where a nested model pair was met, so a reader can follow it to its own section. */
export interface NestedPair {
  readonly path: string;
  readonly key: string;
}

/** What comparing one event or one model pair found directly (nested model pairs are compared once, on their own). */
export interface Outcome {
  readonly differences: Difference[];
  readonly nested: NestedPair[];
}

export const emptyOutcome = (): Outcome => ({ differences: [], nested: [] });

export function joinPath(path: string, name: string): string {
  return path === "" ? name : `${path}.${name}`;
}
