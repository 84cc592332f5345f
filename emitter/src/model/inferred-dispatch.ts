import { getDiscriminator, type Union } from "@typespec/compiler";
import type { BuildContext } from "./context.js";
import { sortByValue } from "../code-unit-order.js";
import { collectVariants, literalValues } from "./discriminated-models.js";
import type { Discriminator, DiscriminatorVariant } from "./ir.js";
import { isObjectModel } from "./object-models.js";
import { toTypeRef } from "./type-refs.js";

/** The property realtime APIs dispatch on when a union does not say otherwise. */
const CONVENTIONAL_PROPERTY = "type";

/**
 * A plain union whose object members can still be told apart in one step: each is
 * a model giving one property a distinct literal value, or a `@discriminator`
 * hierarchy on that same property (whose leaves then join the dispatch). For
 * example `union Voice { OpenAIVoiceName, OpenAIVoice, AzureVoice }`: a string, or
 * an object selected by `type`. Returns undefined when no such property exists.
 */
export function inferDispatch(ctx: BuildContext, union: Union): Discriminator | undefined {
  const objects = [...union.variants.values()].map((variant) => variant.type).filter(isObjectModel);
  if (objects.length < 2) return undefined;
  const property = objects.map((model) => getDiscriminator(ctx.program, model)?.propertyName).find(Boolean) ?? CONVENTIONAL_PROPERTY;
  const variants: DiscriminatorVariant[] = [];
  for (const model of objects) {
    if (getDiscriminator(ctx.program, model)) {
      if (getDiscriminator(ctx.program, model)!.propertyName !== property) return undefined;
      collectVariants(ctx, model, property, variants);
      continue;
    }
    const own = model.properties.get(property);
    const values = own ? literalValues(own.type) : [];
    const target = toTypeRef(ctx, model);
    if (values.length === 0 || target.kind !== "ref") return undefined;
    for (const value of values) variants.push({ value, target: target.name });
  }
  const distinct = new Set(variants.map((variant) => variant.value));
  if (distinct.size !== variants.length) return undefined;
  return { property, variants: sortByValue(variants) };
}
