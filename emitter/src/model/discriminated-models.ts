import { getTypeName, isTemplateDeclaration, type Model, type Type } from "@typespec/compiler";
import { createDiagnostic } from "../lib.js";
import type { BuildContext } from "./context.js";
import { sortByValue } from "../code-unit-order.js";
import type { DiscriminatorVariant, UnionShape } from "./ir.js";
import { readProperties } from "./properties.js";
import { toTypeRef } from "./type-refs.js";

/**
 * A `@discriminator` base model becomes a union of the models that give the
 * discriminator a value. A derived model that does not set the value itself (an
 * intermediate level, for example a message item further discriminated by role)
 * is passed through to its own derived models.
 */
export function discriminatedModelToUnion(ctx: BuildContext, base: Model, property: string): UnionShape {
  const variants: DiscriminatorVariant[] = [];
  collectVariants(ctx, base, property, variants);
  const { properties } = readProperties(ctx, base);
  const sorted = sortByValue(variants);
  return {
    kind: "union",
    members: [...new Set(sorted.map((variant) => variant.target))].map((name) => ({ kind: "ref", name })),
    nonObjectMembers: [],
    discriminator: {
      property,
      variants: sorted,
    },
    sharedProperties: properties,
  };
}

export function collectVariants(ctx: BuildContext, model: Model, property: string, into: DiscriminatorVariant[]): void {
  for (const derived of model.derivedModels) {
    const own = derived.properties.get(property);
    if (!own) {
      collectVariants(ctx, derived, property, into);
      continue;
    }
    // A derived model without a literal value is already a compiler error
    // (invalid-discriminator-value); it simply contributes no variant.
    const values = literalValues(own.type);
    // A template declaration is no wire type; its instances are.
    if (isTemplateDeclaration(derived)) continue;
    const target = toTypeRef(ctx, derived);
    if (target.kind === "ref") {
      for (const value of values) into.push({ value, target: target.name });
      continue;
    }
    // A template instance (`Box<string>`) has no declaration of its own to dispatch to.
    for (const value of values) {
      const format = { variant: getTypeName(derived), name: model.name ?? "", property, value };
      ctx.diagnostics.push(createDiagnostic({ code: "unnamed-variant", messageId: "hierarchy", format, target: derived }));
    }
  }
}

/** The string values a discriminator property can take: a literal, an enum member, a union variant, or a union of those. */
export function literalValues(type: Type): string[] {
  switch (type.kind) {
    case "String":
      return [type.value];
    case "EnumMember":
      return [String(type.value ?? type.name)];
    case "UnionVariant":
      return literalValues(type.type);
    case "Union": {
      // An open union (one with a `string` variant) names no particular value.
      const perVariant = [...type.variants.values()].map((variant) => literalValues(variant.type));
      return perVariant.some((values) => values.length === 0) ? [] : perVariant.flat();
    }
    default:
      return [];
  }
}
