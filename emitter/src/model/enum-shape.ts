import type { Type, UnionVariant } from "@typespec/compiler";
import type { BuildContext } from "./context.js";
import type { EnumBase, TypeRef } from "./ir.js";
import { toTypeRef } from "./type-refs.js";

/** A union read as an enum: its literal variants, and the scalar that makes it open (or a plain base when closed). */
export interface EnumShape {
  readonly literals: readonly UnionVariant[];
  readonly values: readonly (string | number)[];
  readonly open: boolean;
  readonly base: EnumBase;
}

/**
 * Literals of one kind plus at most the one scalar they belong to (`string | "a" |
 * "b"`, `union N { int32, 1, 2 }`) are an enum, open when the scalar is there; not
 * `int32 | "inf"`, nor `"a" | 1`. Named unions and unions written in line are read
 * the same way, so both get the same types, schema and validators.
 */
export function enumShape(ctx: BuildContext, variants: readonly UnionVariant[], useSite?: Type): EnumShape | undefined {
  const literals = variants.filter((v) => v.type.kind === "String" || v.type.kind === "Number");
  const scalars = variants.filter((v) => v.type.kind === "Scalar");
  if (literals.length === 0 || literals.length + scalars.length !== variants.length || scalars.length > 1) return undefined;
  const literalKind = literals[0]!.type.kind === "Number" ? "number" : "string";
  if (literals.some((v) => v.type.kind !== literals[0]!.type.kind)) return undefined;
  // The scalar itself, constraints and all, when there is one.
  const scalar: TypeRef | undefined = scalars[0] && toTypeRef(ctx, scalars[0].type, useSite);
  if (scalar && scalar.kind !== literalKind) return undefined;
  const values = literals.map((v) => (v.type as { value: string | number }).value);
  return { literals, values, open: scalar !== undefined, base: (scalar as EnumBase | undefined) ?? plainBase(literalKind) };
}

/** `string` or `number` without constraints: the base of literals that name no scalar. */
export function plainBase(kind: "string" | "number"): EnumBase {
  return kind === "string" ? { kind, constraints: {} } : { kind, integer: false, constraints: {} };
}
