import {
  isArrayModelType,
  isNullType,
  isRecordModelType,
  isStdNamespace,
  isTemplateInstance,
  type Enum,
  type Model,
  type Type,
  type Union,
} from "@typespec/compiler";
import { getHttpPart } from "@typespec/http";
import { createDiagnostic } from "../lib.js";
import { withVisibility, type BuildContext } from "./context.js";
import { itemVisibility } from "./http-payloads.js";
import type { TypeRef } from "./ir.js";
import { readProperties } from "./properties.js";
import { enumShape } from "./enum-shape.js";
import { arrayBounds, scalarToTypeRef } from "./scalars.js";
import { noteTemplateUses } from "./template-uses.js";
import { reportUndiscriminatedBase } from "./undiscriminated-bases.js";
import { visibilityVariantName } from "./variant-names.js";

const UNKNOWN: TypeRef = { kind: "unknown" };

/**
 * Converts the type of a use site (a property, an array item, a union variant)
 * into a reference. Named models, enums and unions become `ref`s and are queued
 * for declaration; everything else is inlined.
 */
export function toTypeRef(ctx: BuildContext, type: Type, useSite?: Type): TypeRef {
  switch (type.kind) {
    case "Model":
      return modelToTypeRef(ctx, type, useSite);
    case "Scalar":
      return scalarToTypeRef(ctx, type, useSite) ?? unsupported(ctx, type, `scalar ${type.name}`);
    case "Enum":
      return reference(ctx, type, type.name);
    case "EnumMember":
      return { kind: "literal", value: type.value ?? type.name };
    case "Union": {
      const name = declaredName(ctx, type);
      return name && isDeclarable(type) ? reference(ctx, type, name) : inlineUnion(ctx, type, useSite);
    }
    case "UnionVariant":
      return toTypeRef(ctx, type.type, useSite);
    case "String":
    case "Number":
    case "Boolean":
      return { kind: "literal", value: type.value };
    case "Intrinsic":
      if (isNullType(type)) return { kind: "null" };
      if (type.name === "unknown") return UNKNOWN;
      return unsupported(ctx, type, type.name);
    default:
      return unsupported(ctx, type, type.kind);
  }
}

function modelToTypeRef(ctx: BuildContext, model: Model, useSite: Type | undefined): TypeRef {
  // A part of a multipart form (`mode: HttpPart<string>`) carries its type's values.
  const part = getHttpPart(ctx.program, model);
  if (part) return toTypeRef(ctx, part.type, useSite);
  if (isArrayModelType(ctx.program, model)) {
    return { kind: "array", items: itemTypeRef(ctx, model.indexer.value), ...arrayBounds(ctx.program, useSite) };
  }
  if (isRecordModelType(ctx.program, model) && model.properties.size === 0) {
    return { kind: "record", values: itemTypeRef(ctx, model.indexer.value) };
  }
  const name = declaredName(ctx, model);
  if (name && isDeclarable(model)) return reference(ctx, model, name);
  // Anonymous models and template instances have no name of their own on the wire: inline them.
  const { properties, additionalProperties } = readProperties(ctx, model);
  return { kind: "object", properties, additionalProperties };
}

/**
 * Anonymous unions and template instances (`Maybe<string>`, whose name `Maybe` all
 * instances share) are inlined. The use site's decorators reach the members, so
 * `@encode(…) at: utcDateTime | null` encodes the date-time.
 */
function inlineUnion(ctx: BuildContext, union: Union, useSite: Type | undefined): TypeRef {
  noteTemplateUses(ctx, union);
  const variants = [...union.variants.values()];
  const shape = variants.length > 1 ? enumShape(ctx, variants, useSite) : undefined;
  if (shape) return { kind: "enum", values: shape.values, open: shape.open, base: shape.base };
  const members = variants.map((variant) => toTypeRef(ctx, variant.type, useSite));
  return members.length === 1 ? members[0]! : { kind: "union", members };
}

/** The values of an array or record: collection items, whose payload the HTTP library reads under its `Item` visibility. */
export function itemTypeRef(ctx: BuildContext, type: Type): TypeRef {
  return withVisibility(ctx, itemVisibility(ctx.visibility), () => toTypeRef(ctx, type));
}

/**
 * The name a model or union is declared under: its own, or for a template instance the
 * one an operation body gave it (see instance-names.ts); undefined for instances
 * used elsewhere (`Box<string>`, whose name all instances share) and anonymous types.
 */
function declaredName(ctx: BuildContext, type: Model | Union): string | undefined {
  if (isTemplateInstance(type)) return ctx.instanceNames.get(type);
  return type.name || undefined;
}

function reference(ctx: BuildContext, type: Model | Union | Enum, baseName: string): TypeRef {
  if (type.kind === "Model") reportUndiscriminatedBase(ctx, type);
  const name = visibilityVariantName(ctx, type, baseName);
  ctx.pending.push({ type, name, visibility: ctx.visibility });
  return { kind: "ref", name };
}

/** Types of the service's own namespaces get declarations; the std library's are inlined. */
function isDeclarable(type: Model | Union): boolean {
  return type.namespace === undefined || !isStdNamespace(type.namespace);
}

function unsupported(ctx: BuildContext, type: Type, kind: string): TypeRef {
  ctx.diagnostics.push(createDiagnostic({ code: "unsupported-type", format: { kind }, target: type }));
  return UNKNOWN;
}
