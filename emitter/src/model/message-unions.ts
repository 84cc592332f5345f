import type { ApiModel, Discriminator, UnionDeclaration } from "./ir.js";
import { declarationReferences } from "./references.js";

/** A union that dispatches on a discriminator. */
export type DispatchingUnion = UnionDeclaration & { readonly discriminator: Discriminator };

/** The discriminated unions of a version. */
export function dispatchingUnions(model: ApiModel): DispatchingUnion[] {
  return model.declarations.filter((declaration): declaration is DispatchingUnion => declaration.kind === "union" && declaration.discriminator !== undefined);
}

/**
 * The message unions of a version: discriminated unions that no other type refers
 * to, i.e. the events themselves (`ClientEvent`, `ServerEvent`): every message on
 * the socket is one of their variants. Sorted by name, as declarations are.
 */
export function messageUnions(model: ApiModel): readonly DispatchingUnion[] {
  let unions = found.get(model);
  if (unions === undefined) {
    const referenced = new Set(model.declarations.flatMap((declaration) => declarationReferences(declaration).map((reference) => reference.name)));
    found.set(model, (unions = dispatchingUnions(model).filter((union) => !referenced.has(union.name))));
  }
  return unions;
}

/** Found once per version: the model does not change after it is built, and the changelog, the package and the checks all ask. */
const found = new WeakMap<ApiModel, readonly DispatchingUnion[]>();
