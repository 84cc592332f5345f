import { getDoc, getTypeName, walkPropertiesInherited, type DiscriminatedUnion, type Type, type Union } from "@typespec/compiler";
import { createDiagnostic } from "../lib.js";
import type { BuildContext } from "./context.js";
import { sortByValue } from "../code-unit-order.js";
import type { DiscriminatorVariant, Property, TypeRef, UnionShape } from "./ir.js";
import { isObjectModel } from "./object-models.js";
import { toTypeRef } from "./type-refs.js";

/** A `@discriminated` union: its variants carry the tag themselves (`envelope: "none"`) or are wrapped in `{ kind, value }`. */
export function discriminatedUnionShape(ctx: BuildContext, union: Union, discriminated: DiscriminatedUnion): UnionShape {
  return discriminated.options.envelope === "none" ? unwrapped(ctx, union, discriminated) : enveloped(ctx, union, discriminated);
}

/**
 * `envelope: "none"`: each variant is a model whose own property holds the tag, so
 * the union dispatches on it in one step. That needs a declaration per variant; a
 * template instance (`Box<string>`) has none (all instances share the name `Box`),
 * so such a union is reported and falls back to a plain union.
 *
 * The default (unnamed) variant carries no tag. When it is no object (`string`, an
 * array, a union of scalars) it sits beside the dispatch, as a plain union's strings
 * do: schemas test it first, then dispatch objects on the tag. A default model could
 * only be told from the variants by the absence of their tags, which the dispatch
 * cannot express: that union is reported and falls back to a plain union.
 */
function unwrapped(ctx: BuildContext, union: Union, discriminated: DiscriminatedUnion): UnionShape {
  const property = discriminated.options.discriminatorPropertyName;
  const refs = new Map<Type, TypeRef>([...union.variants.values()].map((variant) => [variant.type, toTypeRef(ctx, variant.type)]));
  const members = [...refs.values()];
  const plain: UnionShape = { kind: "union", members, nonObjectMembers: [], discriminator: undefined, sharedProperties: [] };
  const variants: DiscriminatorVariant[] = [];
  for (const [value, type] of discriminated.variants) {
    const ref = refs.get(type) ?? toTypeRef(ctx, type);
    if (ref.kind === "ref" && !lacksTag(type, property)) {
      variants.push({ value, target: ref.name });
      continue;
    }
    if (ref.kind === "ref") {
      // The tag is put on the wire by the envelope, but the variant's schema has no such property to dispatch on.
      const format = { name: union.name!, variant: getTypeName(type), property };
      ctx.diagnostics.push(createDiagnostic({ code: "undiscriminated-union", messageId: "untaggedVariant", format, target: union.variants.get(value) ?? union }));
      return plain;
    }
    const target = union.variants.get(value) ?? union;
    const format = { value, name: union.name!, variant: getTypeName(type), property };
    ctx.diagnostics.push(createDiagnostic({ code: "unnamed-variant", format, target }));
    return plain;
  }
  const discriminator = { property, variants: sortByValue(variants) };
  const fallback = discriminated.defaultVariant;
  if (fallback === undefined) return { ...plain, discriminator };
  if (!isObjectModel(fallback)) return { ...plain, nonObjectMembers: [refs.get(fallback)!], discriminator };
  const format = { name: union.name!, variant: getTypeName(fallback) };
  ctx.diagnostics.push(createDiagnostic({ code: "undiscriminated-union", messageId: "objectDefault", format, target: union }));
  return plain;
}

/** Whether a variant model declares (or inherits) no property of the tag's name. */
function lacksTag(type: Type, property: string): boolean {
  return type.kind === "Model" && ![...walkPropertiesInherited(type)].some((candidate) => candidate.name === property);
}

/**
 * The default `envelope: "object"`: every variant travels as
 * `{ <discriminatorPropertyName>: "<variant name>", <envelopePropertyName>: <value> }`
 * (https://typespec.io/docs/standard-library/discriminated-types/). The envelopes are
 * inline objects, so types narrow on the tag and schemas list them in `anyOf`, where
 * a value fails every wrong branch at its tag's `const`. A default variant is sent
 * unwrapped.
 */
function enveloped(ctx: BuildContext, union: Union, discriminated: DiscriminatedUnion): UnionShape {
  const { discriminatorPropertyName, envelopePropertyName } = discriminated.options;
  const members: TypeRef[] = [...discriminated.variants].map(([value, type]) => ({
    kind: "object",
    properties: [
      envelopeProperty(discriminatorPropertyName, { kind: "literal", value }, undefined),
      envelopeProperty(envelopePropertyName, toTypeRef(ctx, type), variantDoc(ctx, union, value)),
    ],
    additionalProperties: undefined,
  }));
  if (discriminated.defaultVariant) members.push(toTypeRef(ctx, discriminated.defaultVariant));
  return { kind: "union", members, nonObjectMembers: [], discriminator: undefined, sharedProperties: [] };
}

function envelopeProperty(name: string, type: TypeRef, doc: string | undefined): Property {
  return { name, optional: false, type, doc, deprecated: undefined, default: undefined, since: undefined };
}

function variantDoc(ctx: BuildContext, union: Union, name: string): string | undefined {
  const variant = union.variants.get(name);
  return variant ? getDoc(ctx.program, variant) : undefined;
}
