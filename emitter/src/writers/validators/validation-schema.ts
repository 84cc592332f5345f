import type { JsonSchema } from "../json-schema/type-schemas.js";
import { definitionName } from "../json-schema/pointers.js";
import { admitsLiteral } from "./admits-literal.js";
import { ANNOTATIONS } from "./annotations.js";
import { isScalarSchema, mergeDisjointAlternatives } from "./disjoint-alternatives.js";

/** How validators treat properties the spec does not list. */
export type ValidationMode = "spec" | "strict";

/**
 * Rewrites the emitted bundle for a validator without changing what it accepts
 * (except in strict mode, which is the point of strict mode):
 * - strict mode closes every object that lists properties (`additionalProperties: false`);
 * - an open enum (`anyOf: [{enum}, <scalar>]`) whose known values its scalar accepts too is checked as the scalar alone;
 * - discriminator branches are ordered hottest first, because AJV tests them as an if/else chain;
 * - annotations (annotations.ts) are dropped: they decide nothing, and AJV's standalone code
 *   would carry every schema it keeps as a constant, descriptions and all.
 */
export function validationSchema(bundle: JsonSchema, mode: ValidationMode, branchRank: (ref: string) => number): JsonSchema {
  const rewritten = rewrite(bundle, mode, branchRank) as JsonSchema;
  return resolveScalarRefs({ ...rootIdentity(bundle), ...rewritten });
}

/** The root's `$schema` and `$id`, the only annotations kept: AJV reads the dialect from one and registers the bundle under the other. */
function rootIdentity(bundle: JsonSchema): JsonSchema {
  return Object.fromEntries(Object.entries(bundle).filter(([keyword]) => keyword === "$schema" || keyword === "$id"));
}

/**
 * After open enums collapsed to their scalar (`{ type: "string" }`), a `$ref` to one
 * inside an `anyOf` is inlined, so the alternatives can be merged by JSON type (see
 * disjoint-alternatives.ts): `Voice` = a voice name or a voice object.
 */
function resolveScalarRefs(bundle: JsonSchema): JsonSchema {
  const defs = bundle.$defs as Record<string, JsonSchema>;
  const scalar = (ref: unknown): JsonSchema | undefined => {
    const name = definitionName(ref);
    const target = name === undefined ? undefined : defs[name];
    return target && isScalarSchema(target) ? target : undefined;
  };
  const visit = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(visit);
    if (node === null || typeof node !== "object") return node;
    const schema = Object.fromEntries(Object.entries(node).map(([key, value]) => [key, visit(value)])) as JsonSchema;
    if (!Array.isArray(schema.anyOf)) return schema;
    const branches = (schema.anyOf as JsonSchema[]).map((branch) => scalar(branch.$ref) ?? branch);
    const merged = mergeDisjointAlternatives(branches);
    if (!merged) return schema;
    const { anyOf: _replaced, ...rest } = schema;
    return { ...rest, ...merged };
  };
  return visit(bundle) as JsonSchema;
}

function rewrite(node: unknown, mode: ValidationMode, branchRank: (ref: string) => number): unknown {
  if (Array.isArray(node)) return node.map((item) => rewrite(item, mode, branchRank));
  if (node === null || typeof node !== "object") return node;
  const schema = Object.fromEntries(
    Object.entries(node)
      .filter(([key]) => !ANNOTATIONS.has(key))
      .map(([key, value]) => [key, isSchemaMap(key) ? rewriteMap(value, mode, branchRank) : isValue(key) ? value : rewrite(value, mode, branchRank)]),
  ) as JsonSchema;
  const openEnumBase = openEnumScalar(schema);
  if (openEnumBase) {
    delete schema.anyOf;
    Object.assign(schema, openEnumBase);
  }
  if (schema.discriminator && Array.isArray(schema.oneOf)) {
    schema.oneOf = [...(schema.oneOf as { $ref: string }[])].sort((a, b) => branchRank(a.$ref) - branchRank(b.$ref));
  }
  if (mode === "strict" && schema.properties && schema.additionalProperties === undefined && !schema.oneOf) {
    schema.additionalProperties = false;
  }
  return schema;
}

/** Keywords whose value maps names to schemas (rather than being a schema or a value). */
function isSchemaMap(keyword: string): boolean {
  return keyword === "$defs" || keyword === "properties";
}

/** Keywords whose value is a JSON value, not a schema: an object in it keeps every key. */
function isValue(keyword: string): boolean {
  return keyword === "const" || keyword === "enum";
}

function rewriteMap(map: unknown, mode: ValidationMode, branchRank: (ref: string) => number): unknown {
  if (map === null || typeof map !== "object") return map;
  return Object.fromEntries(Object.entries(map).map(([name, schema]) => [name, rewrite(schema, mode, branchRank)]));
}

/**
 * The scalar of an open enum (`anyOf: [{ type, enum }, <scalar>]`), when it alone
 * accepts the same values: when it accepts every known value too. An int32 base
 * with a known value 1.5 does not, and stays an `anyOf`.
 */
function openEnumScalar(schema: JsonSchema): JsonSchema | undefined {
  const branches = schema.anyOf;
  if (!Array.isArray(branches) || branches.length !== 2) return undefined;
  const [known, scalar] = branches as JsonSchema[];
  const isKnownValues = Array.isArray(known!.enum) && Object.keys(known!).every((keyword) => keyword === "type" || keyword === "enum");
  if (!isKnownValues || typeof scalar!.type !== "string") return undefined;
  return (known!.enum as (string | number | boolean)[]).every((value) => admitsLiteral(scalar!, value)) ? scalar : undefined;
}
