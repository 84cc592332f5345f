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
import { toTypeRef } from "./type-refs.js";

/**
 * The properties of a model as they appear on the wire: inherited ones first, in
 * declaration order, a redeclared property keeping its base's position.
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
      const read = readProperty(ctx, property);
      byName.set(read.name, read);
    }
    indexer = level.indexer ?? indexer;
  }
  const additionalProperties = indexer ? toTypeRef(ctx, indexer.value) : undefined;
  return { properties: [...byName.values()], additionalProperties };
}

/** The model and its bases, root first. */
function inheritanceChain(model: Model): Model[] {
  const chain: Model[] = [];
  for (let current: Model | undefined = model; current; current = current.baseModel) chain.unshift(current);
  return chain;
}

function readProperty(ctx: BuildContext, property: ModelProperty): Property {
  const { program } = ctx;
  reportNonScalarEncoding(ctx, property);
  return {
    name: resolveEncodedName(program, property, "application/json"),
    optional: property.optional,
    type: toTypeRef(ctx, property.type, property),
    doc: getDoc(program, property),
    deprecated: getDeprecationDetails(program, property)?.message,
    default: property.defaultValue
      ? (serializeValueAsJson(program, property.defaultValue, property.type) as JsonValue)
      : undefined,
    since: undefined,
  };
}
