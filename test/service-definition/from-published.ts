// Wire facts from the service's published definition: the swagger 2.0 document that
// typespec-autorest writes per API version into the public Azure REST API specs
// (`specification/ai/data-plane/VoiceLive/<stable|preview>/<version>/VoiceLive.json`).
// That document is not kept in this repository; `scripts/digest-service-definition.ts`
// reduces a local copy of it to these facts, which are.
//
// Autorest's conventions, as read here: a subtype is `allOf: [{ $ref: base }]` plus
// `x-ms-discriminator-value`; the base names its tag in `discriminator`; `x-nullable`
// marks `T | null`; an enum is open when `x-ms-enum.modelAsString` is true; a union
// autorest cannot express has no `type` (read as "any").
import type { Shape, WireFact } from "./wire-facts.ts";
import { maxDepth, sortFacts, sortedStrings } from "./wire-facts.ts";

type Schema = Record<string, unknown>;
interface Swagger {
  definitions: Record<string, Schema>;
}

const eventUnions = [
  ["client", "ClientEvent"],
  ["server", "ServerEvent"],
] as const;

export function factsFromSwagger(doc: Swagger): WireFact[] {
  const walk = new SwaggerWalk(doc);
  for (const [direction, base] of eventUnions) {
    for (const { tag, name } of walk.subtypes(base)) {
      const path = `${direction}:${tag}`;
      walk.facts.push({ path, shape: "event", required: true, nullable: false });
      walk.variant(name, path, ["type"], 1);
    }
  }
  return sortFacts(walk.facts);
}

class SwaggerWalk {
  readonly facts: WireFact[] = [];
  private readonly definitions: Record<string, Schema>;
  private readonly subtypesOf = new Map<string, { tag: string; name: string }[]>();

  constructor(doc: Swagger) {
    this.definitions = doc.definitions;
    for (const [name, definition] of Object.entries(doc.definitions)) {
      const tag = definition["x-ms-discriminator-value"];
      if (typeof tag !== "string") continue;
      for (const parent of (definition.allOf as Schema[] | undefined) ?? []) {
        const base = refName(parent);
        if (!base) continue;
        const list = this.subtypesOf.get(base) ?? [];
        list.push({ tag, name });
        this.subtypesOf.set(base, list);
      }
    }
  }

  subtypes(base: string): { tag: string; name: string }[] {
    return [...(this.subtypesOf.get(base) ?? [])].sort((a, b) => (a.tag < b.tag ? -1 : 1));
  }

  /** A discriminated branch: its properties (inherited ones included), or its own branches when it is a union too. */
  /** `tags`: the discriminating properties already named in the path, which are not facts of their own. */
  variant(name: string, path: string, tags: readonly string[], depth: number): void {
    const definition = this.definition(name);
    const nested = definition.discriminator;
    if (typeof nested === "string" && this.subtypes(name).length > 0) {
      for (const branch of this.subtypes(name)) this.variant(branch.name, `${path}{${nested}=${branch.tag}}`, [...tags, nested], depth + 1);
      return;
    }
    this.properties(name, path, tags, depth);
  }

  private properties(name: string, path: string, tags: readonly string[], depth: number): void {
    const { properties, required } = this.flatten(name);
    for (const [property, schema] of Object.entries(properties)) {
      if (tags.includes(property)) continue;
      this.value(schema, `${path}/${property}`, required.has(property), depth);
    }
  }

  /** A model's properties and required names with those of its `allOf` bases, bases first. */
  private flatten(name: string): { properties: Record<string, Schema>; required: Set<string> } {
    const definition = this.definition(name);
    const properties: Record<string, Schema> = {};
    const required = new Set<string>();
    const tag = definition["x-ms-discriminator-value"];
    for (const parent of (definition.allOf as Schema[] | undefined) ?? []) {
      const base = refName(parent);
      if (!base) continue;
      const inherited = this.flatten(base);
      Object.assign(properties, inherited.properties);
      for (const r of inherited.required) required.add(r);
      // A subtype fixes its base's tag, whether it is met as a branch or referenced directly.
      const discriminator = this.definition(base).discriminator;
      if (typeof discriminator === "string" && typeof tag === "string") properties[discriminator] = { type: "string", enum: [tag] };
    }
    Object.assign(properties, (definition.properties as Record<string, Schema> | undefined) ?? {});
    for (const r of (definition.required as string[] | undefined) ?? []) required.add(r);
    return { properties, required };
  }

  private value(schema: Schema, path: string, required: boolean, depth: number): void {
    const fact: WireFact = { path, required, nullable: schema["x-nullable"] === true, shape: "any" };
    this.facts.push(fact);
    if (depth > maxDepth) return;
    const name = refName(schema);
    if (name) {
      const definition = this.definition(name);
      if (definition["x-nullable"] === true) fact.nullable = true;
      const tag = definition.discriminator;
      if (typeof tag === "string" && this.subtypes(name).length > 0) {
        const branches = this.subtypes(name);
        Object.assign(fact, { shape: "union", values: sortedStrings(branches.map((b) => b.tag)) });
        for (const branch of branches) this.variant(branch.name, `${path}{${tag}=${branch.tag}}`, [tag], depth + 1);
        return;
      }
      if (definition.properties || definition.allOf) {
        fact.shape = "object";
        this.properties(name, path, [], depth + 1);
        return;
      }
      this.describe(definition, fact, depth);
      return;
    }
    this.describe(schema, fact, depth);
  }

  private describe(schema: Schema, fact: WireFact, depth: number): void {
    if (Array.isArray(schema.enum)) {
      const open = (schema["x-ms-enum"] as { modelAsString?: boolean } | undefined)?.modelAsString === true;
      Object.assign(fact, { shape: scalarShape(schema.type) ?? "string", values: sortedStrings(schema.enum) });
      if (open) fact.open = true;
      return;
    }
    switch (schema.type) {
      case "array":
        fact.shape = "array";
        this.value(schema.items as Schema, `${fact.path}[]`, true, depth + 1);
        return;
      case "object":
        if (schema.properties) {
          fact.shape = "object";
          const required = new Set((schema.required as string[] | undefined) ?? []);
          for (const [property, child] of Object.entries(schema.properties as Record<string, Schema>)) {
            this.value(child, `${fact.path}/${property}`, required.has(property), depth + 1);
          }
        } else if (schema.additionalProperties && typeof schema.additionalProperties === "object") {
          fact.shape = "map";
          this.value(schema.additionalProperties as Schema, `${fact.path}{}`, true, depth + 1);
        } else fact.shape = "object";
        return;
      default:
        fact.shape = scalarShape(schema.type) ?? "any";
    }
  }

  private definition(name: string): Schema {
    const definition = this.definitions[name];
    if (!definition) throw new Error(`the published definition has no ${name}`);
    return definition;
  }
}

function refName(schema: Schema): string | undefined {
  const ref = schema.$ref;
  return typeof ref === "string" && ref.startsWith("#/definitions/") ? ref.slice("#/definitions/".length) : undefined;
}

function scalarShape(type: unknown): Shape | undefined {
  return type === "string" || type === "integer" || type === "number" || type === "boolean" ? type : undefined;
}
