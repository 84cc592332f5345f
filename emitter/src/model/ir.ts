/**
 * The intermediate model: what the writers see of one API version.
 *
 * It is built once per version snapshot from the TypeSpec graph, normalised
 * (wire names, flattened inheritance, resolved discriminators) and sorted, so
 * that every writer is a pure function of it and never touches the compiler.
 */

/** One API version's worth of declarations, sorted by name. */
export interface ApiModel {
  /** The version string as sent on the wire (`"2026-04-10"`), or undefined for an unversioned spec. */
  readonly version: string | undefined;
  readonly declarations: readonly Declaration[];
}

export type Declaration = ObjectDeclaration | UnionDeclaration | EnumDeclaration | AliasDeclaration;

interface DeclarationBase {
  /** Stable, unique name: the TypeSpec name, checked for collisions. */
  readonly name: string;
  readonly doc: string | undefined;
  readonly deprecated: string | undefined;
  /** First API version this declaration exists in; undefined when it is in the first one. */
  readonly since: string | undefined;
  /** Who sends values of this type, from the spec's usage (see {@link Direction}). */
  readonly direction: Direction;
  /**
   * The direction the type's own `@usage` states, nothing passed on from other types:
   * whether the spec itself marks the type as something a client or the service sends
   * (neither flag set when it states none). The messages (`ServerEvent`, `ClientEvent`)
   * are told by this, not by {@link direction}, which a base also gets from a variant
   * some message refers to.
   */
  readonly statedDirection: Direction;
}

/**
 * Who sends values of a type: `input` when a client sends it to the service,
 * `output` when the service sends it, both when it is reachable from both. Read
 * from TCGC's `@usage` where the spec states it and passed on to every type a
 * used type refers to; neither flag is set when the spec says nothing that reaches
 * the type (no `@usage` at all, or a type no used type refers to).
 */
export interface Direction {
  readonly input: boolean;
  readonly output: boolean;
}

/** A model with properties (inheritance already flattened into `properties`). */
export interface ObjectDeclaration extends DeclarationBase {
  readonly kind: "object";
  readonly properties: readonly Property[];
  /** Type of properties not listed (`...Record<T>`), or undefined when the model declares none. */
  readonly additionalProperties: TypeRef | undefined;
}

/**
 * A union of alternatives. When its object alternatives can be told apart by one
 * property (a `@discriminator` hierarchy, a `@discriminated` union, or a plain
 * union whose object members all give that property distinct literal values),
 * `discriminator` says how, and writers turn it into a union that narrows on the
 * property and a schema that dispatches in one step.
 */
export interface UnionDeclaration extends DeclarationBase {
  readonly kind: "union";
  /** The alternatives as the spec names them (for types). */
  readonly members: readonly TypeRef[];
  /** The alternatives that are not objects (strings, arrays, …): schemas check them before dispatching on objects. */
  readonly nonObjectMembers: readonly TypeRef[];
  /** How object alternatives are selected; undefined when they cannot be told apart. */
  readonly discriminator: Discriminator | undefined;
  /**
   * When this union is itself a variant of an outer hierarchy, the properties every
   * member shares (at least the outer discriminator), so schemas can state them once.
   */
  readonly sharedProperties: readonly Property[];
}

/**
 * What a union is made of, apart from its name and documentation: the part that a
 * `@discriminator` hierarchy or a `@discriminated` union is translated into.
 */
export type UnionShape = Omit<UnionDeclaration, keyof DeclarationBase>;

export interface Discriminator {
  /** Wire name of the property whose value selects the variant. */
  readonly property: string;
  /** Sorted by value. Targets are object declarations or (for nested hierarchies) union declarations. */
  readonly variants: readonly DiscriminatorVariant[];
}

export interface DiscriminatorVariant {
  readonly value: string;
  /** Name of the declaration the value selects. */
  readonly target: string;
}

/** A set of literal values: closed (`"a" | "b"`) or open (`"a" | "b" | string`). */
export interface EnumDeclaration extends DeclarationBase {
  readonly kind: "enum";
  readonly open: boolean;
  /**
   * The scalar the values belong to. An open enum also admits every other value of
   * it, within the scalar's constraints: `union N { int32, 1, 2 }` admits 7 but not
   * 1.5, and an open enum over a `@maxLength(5)` string no six-letter name. A closed
   * enum has no scalar of its own: its base is plain `string` or `number`.
   */
  readonly base: EnumBase;
  readonly members: readonly EnumMember[];
}

export type EnumBase = Extract<TypeRef, { kind: "string" } | { kind: "number" }>;

export interface EnumMember {
  readonly name: string;
  readonly value: string | number;
  readonly doc: string | undefined;
  readonly since: string | undefined;
}

/** A named type that is none of the above, e.g. `union MaxTokens { int32, "inf" }`. */
export interface AliasDeclaration extends DeclarationBase {
  readonly kind: "alias";
  readonly type: TypeRef;
}

export interface Property {
  /** The wire name, exactly as in the spec. */
  readonly name: string;
  readonly optional: boolean;
  readonly type: TypeRef;
  readonly doc: string | undefined;
  readonly deprecated: string | undefined;
  /** JSON value of the spec's default, if any. */
  readonly default: JsonValue | undefined;
  /** First API version the property exists in on its model; undefined when it is as old as the model. */
  readonly since: string | undefined;
}

export type TypeRef =
  | { readonly kind: "ref"; readonly name: string }
  | { readonly kind: "string"; readonly constraints: StringConstraints }
  | { readonly kind: "number"; readonly integer: boolean; readonly constraints: NumberConstraints }
  | { readonly kind: "boolean" }
  | { readonly kind: "null" }
  | { readonly kind: "unknown" }
  | { readonly kind: "literal"; readonly value: string | number | boolean }
  | { readonly kind: "array"; readonly items: TypeRef; readonly minItems?: number; readonly maxItems?: number }
  | { readonly kind: "record"; readonly values: TypeRef }
  | { readonly kind: "object"; readonly properties: readonly Property[]; readonly additionalProperties: TypeRef | undefined }
  | { readonly kind: "union"; readonly members: readonly TypeRef[] }
  /** A union of literals written in line, read as an enum: the same as a named {@link EnumDeclaration}. */
  | { readonly kind: "enum"; readonly values: readonly (string | number)[]; readonly open: boolean; readonly base: EnumBase };

export interface StringConstraints {
  readonly format?: string;
  readonly pattern?: string;
  readonly minLength?: number;
  readonly maxLength?: number;
  /** Set for `bytes`: the wire carries base64 text (base64url with `@encode("base64url")`). */
  readonly contentEncoding?: "base64" | "base64url";
}

export interface NumberConstraints {
  readonly minimum?: number;
  readonly maximum?: number;
  readonly exclusiveMinimum?: number;
  readonly exclusiveMaximum?: number;
}

export type JsonValue = null | boolean | number | string | readonly JsonValue[] | { readonly [key: string]: JsonValue };
