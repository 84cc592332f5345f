import type { ApiModel, DiscriminatorVariant } from "./ir.js";

/**
 * Every tag value some union of the model dispatches on, with the declaration it
 * selects. A value appears once per union that knows it (a nested hierarchy's
 * leaves are also variants of the outer union).
 */
export function discriminatorVariants(model: ApiModel): DiscriminatorVariant[] {
  return model.declarations.flatMap((declaration) => (declaration.kind === "union" ? declaration.discriminator?.variants ?? [] : []));
}
