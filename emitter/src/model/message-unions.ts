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
export function messageUnions(model: ApiModel): DispatchingUnion[] {
  const referenced = new Set(model.declarations.flatMap((declaration) => declarationReferences(declaration).map((reference) => reference.name)));
  return dispatchingUnions(model).filter((union) => !referenced.has(union.name));
}
