import type { ApiModel, Declaration, UnionDeclaration } from "../../model/ir.js";
import { generatedComment } from "../header.js";
import { definitionPointer } from "./pointers.js";
import { withoutUndefined } from "../../without-undefined.js";
import { enumSchema, objectSchema, SCHEMA_DRAFT, typeSchema, type JsonSchema } from "./type-schemas.js";

/**
 * The JSON Schema bundle of one version: every declaration under `$defs`, so one
 * type is referenced as `<$id>#/$defs/<Name>`.
 */
export function buildSchemaBundle(model: ApiModel, id: string, header: string): JsonSchema {
  return {
    $schema: SCHEMA_DRAFT,
    $id: id,
    $comment: generatedComment(header),
    $defs: Object.fromEntries(model.declarations.map((declaration) => [declaration.name, declarationSchema(declaration)])),
  };
}

/** Bytes of the bundle: two-space indentation, LF, trailing newline. */
export function serializeSchema(bundle: JsonSchema): string {
  return `${JSON.stringify(bundle, null, 2)}\n`;
}

/** The `$id` of a version's bundle: a URN, so nothing suggests the schema is fetched from a host. */
export function schemaId(service: string, version: string | undefined): string {
  return `urn:typespec-wire:${encodeURIComponent(service)}${version === undefined ? "" : `:${encodeURIComponent(version)}`}`;
}

function declarationSchema(declaration: Declaration): JsonSchema {
  const annotations = {
    description: declaration.doc,
    deprecated: declaration.deprecated === undefined ? undefined : true,
  };
  switch (declaration.kind) {
    case "object":
      return withoutUndefined({ ...annotations, ...objectSchema(declaration.properties, declaration.additionalProperties) });
    case "enum":
      return withoutUndefined({ ...annotations, ...enumSchema(declaration.members.map((member) => member.value), declaration.open, declaration.base) });
    case "alias":
      return withoutUndefined({ ...annotations, ...typeSchema(declaration.type) });
    case "union":
      return withoutUndefined({ ...annotations, ...unionSchema(declaration) });
  }
}

/**
 * A union whose objects are told apart by a discriminator dispatches in one step
 * (AJV's `discriminator` keyword): one branch per variant, and at this level only
 * the literal properties every variant shares (which an outer hierarchy
 * dispatches on when this union is itself one of its variants). Alternatives that
 * are not objects (an open string enum beside voice objects) come first, in `anyOf`.
 */
function unionSchema(declaration: UnionDeclaration): JsonSchema {
  const { discriminator } = declaration;
  if (!discriminator) return { anyOf: declaration.members.map(typeSchema) };
  const shared = declaration.sharedProperties.filter((property) => property.type.kind === "literal");
  const targets = [...new Set(discriminator.variants.map((variant) => variant.target))];
  const tag = { type: "string", description: `Selects the variant: one of ${discriminator.variants.length} known values.` };
  const object = objectSchema(shared, undefined);
  const dispatch = {
    type: "object",
    properties: { ...(object.properties as JsonSchema), [discriminator.property]: tag },
    required: [...new Set([...shared.filter((property) => !property.optional).map((property) => property.name), discriminator.property])],
    discriminator: { propertyName: discriminator.property },
    oneOf: targets.map((target) => ({ $ref: definitionPointer(target) })),
  };
  if (declaration.nonObjectMembers.length === 0) return dispatch;
  return { anyOf: [...declaration.nonObjectMembers.map(typeSchema), dispatch] };
}
