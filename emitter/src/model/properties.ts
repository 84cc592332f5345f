import {
  getDeprecationDetails,
  getDoc,
  resolveEncodedName,
  serializeValueAsJson,
  type Model,
  type ModelProperty,
} from "@typespec/compiler";
import type { BuildContext } from "./context.js";
import type { JsonValue, Property, TypeRef } from "./ir.js";
import { reportNonScalarEncoding } from "./encodings.js";
import { noteTemplateUses } from "./template-uses.js";
import { itemTypeRef, toTypeRef } from "./type-refs.js";

/**
 * The properties of a model as they appear on the wire: inherited ones first, in
 * declaration order, a redeclared property keeping its base's position. Under an
 * HTTP visibility, only the payload properties the HTTP library names for it.
 */
export function readProperties(
  ctx: BuildContext,
  model: Model,
): { properties: Property[]; additionalProperties: TypeRef | undefined } {
  const byName = new Map<string, Property>();
  let indexer: Model["indexer"];
  for (const level of inheritanceChain(model)) {
    noteTemplateUses(ctx, level);
    for (const property of level.properties.values()) {
      if (!isPayload(ctx, property)) {
        byName.delete(wireName(ctx, property));
        continue;
      }
      const read = readProperty(ctx, property);
      byName.set(read.name, read);
    }
    indexer = level.indexer ?? indexer;
  }
  const additionalProperties = indexer ? itemTypeRef(ctx, indexer.value) : undefined;
  return { properties: [...byName.values()], additionalProperties };
}

/** The model and its bases, root first. */
function inheritanceChain(model: Model): Model[] {
  const chain: Model[] = [];
  for (let current: Model | undefined = model; current; current = current.baseModel) chain.unshift(current);
  return chain;
}

/** Whether a property travels in the body: always without HTTP operations; otherwise as the HTTP library says for the current visibility. */
function isPayload(ctx: BuildContext, property: ModelProperty): boolean {
  return !ctx.http || ctx.visibility === undefined || ctx.http.metadata.isPayloadProperty(property, ctx.visibility);
}

function wireName(ctx: BuildContext, property: ModelProperty): string {
  return resolveEncodedName(ctx.program, property, "application/json");
}

function readProperty(ctx: BuildContext, property: ModelProperty): Property {
  const { program } = ctx;
  reportNonScalarEncoding(ctx, property);
  // A PATCH body makes every property optional.
  const optional = ctx.http && ctx.visibility !== undefined ? ctx.http.metadata.isOptional(property, ctx.visibility) : property.optional;
  return {
    name: wireName(ctx, property),
    optional,
    type: toTypeRef(ctx, property.type, property),
    doc: getDoc(program, property),
    deprecated: getDeprecationDetails(program, property)?.message,
    default: property.defaultValue
      ? (serializeValueAsJson(program, property.defaultValue, property.type) as JsonValue)
      : undefined,
    since: undefined,
  };
}
