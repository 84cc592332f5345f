/**
 * The one small shape model both sides are normalised into before they are compared:
 * VoiceLive from its emitted JSON Schema, OpenAI from the `openai` package's TypeScript
 * declarations. It keeps only what decides which JSON values are accepted and under
 * which names; descriptions, integer ranges, formats and the like are dropped on purpose,
 * because TypeScript (the OpenAI side) cannot state them.
 */
export type Shape = NamedShape | ObjectShape | UnionShape | LiteralsShape | ArrayShape | PrimitiveShape;

/** A declared model (`$defs` entry, interface or type alias), followed lazily so recursive models stay finite. */
export interface NamedShape {
  readonly kind: "named";
  /** The name the reports show. */
  readonly name: string;
  readonly target: () => Shape;
  /** Where TypeScript declares it, for the type-level checks; absent when no declaration has this shape. */
  readonly declaration?: Declaration;
}

/** A TypeScript declaration: the qualified name (`RealtimeServerEvent.ConversationItemRetrieved`) in a module file. */
export interface Declaration {
  readonly name: string;
  /** The declaring `.d.ts` file; absent for VoiceLive, whose types all live in one generated `types.d.ts`. */
  readonly file?: string;
}

export interface ObjectShape {
  readonly kind: "object";
  readonly properties: ReadonlyMap<string, PropertyShape>;
  /** The value shape of a record (`additionalProperties` / index signature), if the object is one. */
  readonly additional?: Shape;
}

export interface PropertyShape {
  readonly shape: Shape;
  readonly required: boolean;
}

export interface UnionShape {
  readonly kind: "union";
  readonly members: readonly Shape[];
}

export type Literal = string | number | boolean;

/** A set of literal values; `open` also accepts any other value of the same primitive type (an open enum). */
export interface LiteralsShape {
  readonly kind: "literals";
  readonly values: readonly Literal[];
  readonly open: boolean;
}

export interface ArrayShape {
  readonly kind: "array";
  readonly items: Shape;
}

export type PrimitiveName = "string" | "number" | "boolean" | "null" | "unknown";

export interface PrimitiveShape {
  readonly kind: "primitive";
  readonly name: PrimitiveName;
}

export const primitive = (name: PrimitiveName): PrimitiveShape => ({ kind: "primitive", name });

export const literals = (values: readonly Literal[], open = false): LiteralsShape => ({ kind: "literals", values, open });

export const union = (members: readonly Shape[]): Shape => (members.length === 1 ? members[0]! : { kind: "union", members });

/** A named shape whose target is computed once, on first use. */
export function named(name: string, resolve: () => Shape, declaration?: Declaration): NamedShape {
  let target: Shape | undefined;
  return { kind: "named", name, target: () => (target ??= resolve()), ...(declaration ? { declaration } : {}) };
}

/** Follows names until a structural shape; the guard stops an alias that names itself. */
export function resolve(shape: Shape): Exclude<Shape, NamedShape> {
  let current = shape;
  for (let hops = 0; current.kind === "named"; hops++) {
    if (hops > 32) throw new Error(`shape ${shape.kind === "named" ? shape.name : ""} names itself`);
    current = current.target();
  }
  return current;
}
