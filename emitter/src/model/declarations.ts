import {
  getDeprecationDetails,
  getDiscriminatedUnion,
  getDiscriminator,
  getDoc,
  getTypeName,
  type Enum,
  type Model,
  type Union,
} from "@typespec/compiler";
import { withVisibility, type BuildContext, type PendingDeclaration } from "./context.js";
import { createDiagnostic } from "../lib.js";
import { typeIdentifier } from "../identifiers.js";
import { discriminatedModelToUnion } from "./discriminated-models.js";
import { discriminatedUnionShape } from "./discriminated-unions.js";
import { enumShape, plainBase } from "./enum-shape.js";
import { inferDispatch } from "./inferred-dispatch.js";
import type { Declaration, EnumBase, EnumMember } from "./ir.js";
import { NO_DIRECTION } from "./directions.js";
import { isObjectModel } from "./object-models.js";
import { readProperties } from "./properties.js";
import { toTypeRef } from "./type-refs.js";

/**
 * Declares a named model, union or enum under its name (see {@link PendingDeclaration}),
 * unless another type already holds the identifier it is emitted as: the same name
 * from another namespace, or a name that becomes the same TypeScript identifier
 * (`` `a-b` `` and `a_b`).
 */
export function declare(ctx: BuildContext, { type, name, visibility }: PendingDeclaration): void {
  const identifier = typeIdentifier(name);
  const owner = ctx.owners.get(identifier);
  if (owner === type) return;
  if (owner) {
    const first = getTypeName(owner);
    const second = getTypeName(type);
    const sameName = "name" in owner && owner.name === name;
    ctx.diagnostics.push(createDiagnostic({
      code: "name-collision",
      messageId: sameName ? "default" : "identifier",
      format: { name: sameName ? name : identifier, first, second },
      target: type,
    }));
    return;
  }
  ctx.owners.set(identifier, type);
  ctx.declarations.set(name, withVisibility(ctx, visibility, () => toDeclaration(ctx, type, name)));
}

function toDeclaration(ctx: BuildContext, type: Model | Union | Enum, name: string): Declaration {
  const stated = ctx.usage?.(type) ?? NO_DIRECTION;
  const common = {
    name,
    doc: getDoc(ctx.program, type),
    deprecated: getDeprecationDetails(ctx.program, type)?.message,
    since: undefined,
    // The type's own usage; `propagateDirections` adds what reaches it from other types to `direction` only.
    statedDirection: stated,
    direction: stated,
  };
  switch (type.kind) {
    case "Enum":
      return { ...common, kind: "enum", open: false, base: enumBase(type), members: enumMembers(ctx, type) };
    case "Union":
      return unionDeclaration(ctx, type, common);
    case "Model": {
      const discriminator = getDiscriminator(ctx.program, type);
      if (discriminator) return { ...common, ...discriminatedModelToUnion(ctx, type, discriminator.propertyName) };
      return { ...common, kind: "object", ...readProperties(ctx, type) };
    }
  }
}

type Common = Pick<Declaration, "name" | "doc" | "deprecated" | "since" | "direction" | "statedDirection">;

function unionDeclaration(ctx: BuildContext, union: Union, common: Common): Declaration {
  const [discriminated] = getDiscriminatedUnion(ctx.program, union);
  if (discriminated) return { ...common, ...discriminatedUnionShape(ctx, union, discriminated) };
  const variants = [...union.variants.values()];
  const shape = enumShape(ctx, variants);
  if (shape) {
    const members: EnumMember[] = shape.literals.map((v, index) => ({
      name: typeof v.name === "string" ? v.name : String(shape.values[index]),
      value: shape.values[index]!,
      doc: getDoc(ctx.program, v),
      since: undefined,
    }));
    return { ...common, kind: "enum", open: shape.open, base: shape.base, members };
  }
  const members = variants.map((v) => toTypeRef(ctx, v.type));
  const isObject = variants.map((v) => isObjectModel(v.type));
  const objectCount = isObject.filter(Boolean).length;
  if (objectCount === 0) return { ...common, kind: "alias", type: { kind: "union", members } };
  const discriminator = inferDispatch(ctx, union);
  if (!discriminator && objectCount > 1) {
    ctx.diagnostics.push(createDiagnostic({ code: "undiscriminated-union", messageId: "default", format: { name: union.name! }, target: union }));
  }
  const nonObjectMembers = discriminator ? members.filter((_, index) => !isObject[index]) : [];
  return { ...common, kind: "union", members, nonObjectMembers, discriminator, sharedProperties: [] };
}

function enumBase(type: Enum): EnumBase {
  return plainBase([...type.members.values()].some((m) => typeof m.value === "number") ? "number" : "string");
}


function enumMembers(ctx: BuildContext, type: Enum): EnumMember[] {
  return [...type.members.values()].map((member) => ({
    name: member.name,
    value: member.value ?? member.name,
    doc: getDoc(ctx.program, member),
    since: undefined,
  }));
}

