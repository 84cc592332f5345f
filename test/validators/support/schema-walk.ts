// Walks an example and the schema that describes it side by side, the way the
// validator will: through `$ref`s, into the discriminator branch the example's tag
// selects, into the `anyOf` alternative that matches its JSON kind. Every value met
// is reported with the schema that applies to it, so mutations can be derived from
// the schema instead of being listed by hand.
import type { JsonSchema, SchemaBundle } from "./generated.js";
import { definitionName } from "./event-variants.js";

/** One value of the example and what the schema says about it. */
export interface SchemaSite {
  /** JSON Pointer segments from the event's root. */
  path: string[];
  value: unknown;
  /** The schema at this position, `$ref`s resolved; an `anyOf` resolved to the matching alternative. */
  schema: JsonSchema;
  /** The value is the discriminating tag of a union (`type`, `role`, `model`): changing it selects another branch. */
  isTag: boolean;
  /** The value is one alternative of an `anyOf` (the voice: a name or an object); the alternatives' errors add up. */
  isAnyOfAlternative: boolean;
  /** For objects: the properties the value's own model requires, and the schemas of all its properties. */
  object?: { required: string[]; properties: Record<string, JsonSchema>; closable: boolean };
}

export function walkExample(bundle: SchemaBundle, root: JsonSchema, example: unknown): SchemaSite[] {
  const sites: SchemaSite[] = [];
  visit(bundle, example, root, [], { isTag: false, isAnyOfAlternative: false }, sites);
  return sites;
}

interface Position {
  isTag: boolean;
  isAnyOfAlternative: boolean;
}

function visit(
  bundle: SchemaBundle,
  value: unknown,
  schemaOrRef: JsonSchema,
  path: string[],
  position: Position,
  sites: SchemaSite[],
): void {
  let schema = resolve(bundle, schemaOrRef);
  if (Array.isArray(schema.anyOf)) {
    // An open enum (`anyOf: [{enum}, {type}]`) is, to a validator, just its base type.
    const open = openEnumBaseType(bundle, schema.anyOf as JsonSchema[]);
    if (open !== undefined) schema = { type: open };
  }
  if (Array.isArray(schema.anyOf)) {
    const alternative = (schema.anyOf as JsonSchema[]).find((candidate) => matchesKind(bundle, resolve(bundle, candidate), value));
    if (alternative === undefined) throw new Error(`/${path.join("/")}: no anyOf alternative matches the example`);
    visit(bundle, value, alternative, path, { ...position, isAnyOfAlternative: true }, sites);
    return;
  }
  const site: SchemaSite = { path, value, schema, ...position };
  sites.push(site);
  if (isPlainObject(value) && isObjectSchema(schema)) {
    const { layers, tags } = dispatch(bundle, schema, value, path);
    const leaf = layers[layers.length - 1]!;
    const properties = Object.assign({}, ...layers.map((layer) => layer.properties ?? {})) as Record<string, JsonSchema>;
    // The leaf model lists every property of the type, its base's included, with the
    // spec's optionality; a union level only repeats what it dispatches on.
    site.object = {
      required: (leaf.required as string[] | undefined) ?? [],
      properties,
      closable: leaf.properties !== undefined && leaf.additionalProperties === undefined,
    };
    for (const [key, child] of Object.entries(value)) {
      const childSchema = properties[key];
      if (childSchema === undefined) continue; // a map's value, or a property the schema leaves open
      visit(bundle, child, childSchema, [...path, key], { isTag: tags.has(key), isAnyOfAlternative: false }, sites);
    }
  } else if (Array.isArray(value) && schema.items !== undefined) {
    value.forEach((item, index) =>
      visit(bundle, item, schema.items as JsonSchema, [...path, String(index)], { isTag: false, isAnyOfAlternative: false }, sites),
    );
  }
}

/** The schemas an object is checked against: a union's level, then the branch its tag selects, and so on down. */
function dispatch(
  bundle: SchemaBundle,
  schema: JsonSchema,
  value: Record<string, unknown>,
  path: string[],
): { layers: JsonSchema[]; tags: Set<string> } {
  const layers = [schema];
  const tags = new Set<string>();
  let current = schema;
  while (current.discriminator !== undefined) {
    const tag = (current.discriminator as { propertyName: string }).propertyName;
    tags.add(tag);
    const branch = (current.oneOf as JsonSchema[])
      .map((candidate) => resolve(bundle, candidate))
      .find((candidate) => (candidate.properties as Record<string, JsonSchema> | undefined)?.[tag]?.const === value[tag]);
    if (branch === undefined) throw new Error(`/${path.join("/")}: no branch for ${tag} ${JSON.stringify(value[tag])}`);
    layers.push(branch);
    current = branch;
  }
  return { layers, tags };
}

export function resolve(bundle: SchemaBundle, schema: JsonSchema): JsonSchema {
  let current = schema;
  // A property's schema may be `{ $ref, description, default }`: the annotations do not validate.
  while (typeof current.$ref === "string") {
    const target = bundle.$defs[definitionName(current.$ref)];
    if (target === undefined) throw new Error(`unresolved ${current.$ref}`);
    current = target;
  }
  return current;
}

function matchesKind(bundle: SchemaBundle, schema: JsonSchema, value: unknown): boolean {
  if (schema.const !== undefined) return schema.const === value;
  if (Array.isArray(schema.enum)) return schema.enum.includes(value);
  if (Array.isArray(schema.anyOf))
    return (schema.anyOf as JsonSchema[]).some((alternative) => matchesKind(bundle, resolve(bundle, alternative), value));
  switch (schema.type) {
    case "object":
      return isPlainObject(value);
    case "array":
      return Array.isArray(value);
    case "integer":
      return Number.isInteger(value);
    case "number":
      return typeof value === "number";
    case "string":
    case "boolean":
      return typeof value === schema.type;
    default:
      return true;
  }
}

function openEnumBaseType(bundle: SchemaBundle, alternatives: JsonSchema[]): string | undefined {
  if (alternatives.length !== 2) return undefined;
  const [known, any] = alternatives.map((alternative) => resolve(bundle, alternative)) as [JsonSchema, JsonSchema];
  const isOpen = Array.isArray(known.enum) && Object.keys(any).length === 1 && typeof any.type === "string" && known.type === any.type;
  return isOpen ? (any.type as string) : undefined;
}

function isObjectSchema(schema: JsonSchema): boolean {
  return schema.type === "object" || schema.properties !== undefined || schema.discriminator !== undefined;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
