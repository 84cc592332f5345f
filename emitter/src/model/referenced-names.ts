import type { ApiModel, Property, TypeRef } from "./ir.js";

/**
 * The names of the declarations some other declaration of the model refers to: in a
 * property, an item, a union member, a discriminator's variant. What is left over is
 * used by nothing but the messages themselves, like `ServerEvent` and `ClientEvent`.
 */
export function referencedNames(model: ApiModel): Set<string> {
  const names = new Set<string>();
  const visit = (ref: TypeRef | undefined): void => {
    if (!ref) return;
    switch (ref.kind) {
      case "ref":
        names.add(ref.name);
        return;
      case "array":
        return visit(ref.items);
      case "record":
        return visit(ref.values);
      case "object":
        return visitObject(ref.properties, ref.additionalProperties);
      case "union":
        return ref.members.forEach(visit);
      default:
        return;
    }
  };
  const visitObject = (properties: readonly Property[], additional: TypeRef | undefined) => {
    for (const property of properties) visit(property.type);
    visit(additional);
  };
  for (const declaration of model.declarations) {
    switch (declaration.kind) {
      case "object":
        visitObject(declaration.properties, declaration.additionalProperties);
        break;
      case "union":
        declaration.members.forEach(visit);
        declaration.nonObjectMembers.forEach(visit);
        visitObject(declaration.sharedProperties, undefined);
        for (const variant of declaration.discriminator?.variants ?? []) names.add(variant.target);
        break;
      case "alias":
        visit(declaration.type);
        break;
      case "enum":
        break;
    }
  }
  return names;
}
