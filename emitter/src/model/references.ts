import { compareCodeUnits } from "../code-unit-order.js";
import type { Declaration, Property, TypeRef } from "./ir.js";

/** A named type that a declaration's values contain, and where. */
export interface Reference {
  readonly name: string;
  /** From the referring value to the referenced one: property names, `null` for any array index or map key. */
  readonly path: readonly (string | null)[];
}

/**
 * The named types a declaration's values can contain: property types (through
 * arrays, maps, unions and objects written in line), union members and the
 * declarations a discriminator selects. Properties in their order, union
 * alternatives by name.
 */
export function declarationReferences(declaration: Declaration): Reference[] {
  switch (declaration.kind) {
    case "object":
      return objectReferences(declaration.properties, declaration.additionalProperties);
    case "union": {
      const members = [...declaration.members, ...declaration.nonObjectMembers].flatMap((member) => typeReferences(member, []));
      const targets = (declaration.discriminator?.variants ?? []).map((variant): Reference => ({ name: variant.target, path: [] }));
      const alternatives = [...members, ...targets].sort((a, b) => compareCodeUnits(a.name, b.name));
      return [...alternatives, ...objectReferences(declaration.sharedProperties, undefined)];
    }
    case "alias":
      return typeReferences(declaration.type, []);
    case "enum":
      return [];
  }
}

function objectReferences(properties: readonly Property[], additionalProperties: TypeRef | undefined): Reference[] {
  const own = properties.flatMap((property) => typeReferences(property.type, [property.name]));
  return additionalProperties ? [...own, ...typeReferences(additionalProperties, [null])] : own;
}

function typeReferences(type: TypeRef, path: readonly (string | null)[]): Reference[] {
  switch (type.kind) {
    case "ref":
      return [{ name: type.name, path }];
    case "array":
      return typeReferences(type.items, [...path, null]);
    case "record":
      return typeReferences(type.values, [...path, null]);
    case "object":
      return objectReferences(type.properties, type.additionalProperties).map((reference) => ({ ...reference, path: [...path, ...reference.path] }));
    case "union":
      return type.members.flatMap((member) => typeReferences(member, path));
    default:
      return [];
  }
}
