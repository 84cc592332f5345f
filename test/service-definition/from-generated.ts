// Wire facts from one API version's schema bundle (generated/<version>/schema.json).
import type { Shape, WireFact } from "./wire-facts.ts";
import { maxDepth, sortFacts, sortedStrings } from "./wire-facts.ts";

type Schema = Record<string, unknown>;
interface Bundle {
  $defs: Record<string, Schema>;
}

const eventUnions = [
  ["client", "ClientEvent"],
  ["server", "ServerEvent"],
] as const;

export function factsFromBundle(bundle: Bundle): WireFact[] {
  const facts: WireFact[] = [];
  const walk = new BundleWalk(bundle, facts);
  for (const [direction, unionName] of eventUnions) {
    const union = bundle.$defs[unionName];
    if (!union) continue;
    for (const { tag, variant } of walk.variants(union)) {
      const path = `${direction}:${tag}`;
      facts.push({ path, shape: "event", required: true, nullable: false });
      walk.properties(variant, path, ["type"], 1);
    }
  }
  return sortFacts(facts);
}

class BundleWalk {
  private readonly bundle: Bundle;
  private readonly facts: WireFact[];

  constructor(bundle: Bundle, facts: WireFact[]) {
    this.bundle = bundle;
    this.facts = facts;
  }

  resolve(schema: Schema): Schema {
    let current = schema;
    while (typeof current.$ref === "string") {
      const name = current.$ref.slice("#/$defs/".length);
      const target = this.bundle.$defs[name];
      if (!target) throw new Error(`unresolved ${current.$ref}`);
      current = target;
    }
    return current;
  }

  /** The branches of a discriminated union, keyed by their tag value (nested unions are kept as branches). */
  variants(union: Schema): { tag: string; variant: Schema }[] {
    const property = (union.discriminator as { propertyName: string }).propertyName;
    return (union.oneOf as Schema[]).map((ref) => {
      const variant = this.resolve(ref);
      const tagSchema = (variant.properties as Record<string, Schema>)[property]!;
      return { tag: String(tagSchema.const), variant };
    });
  }

  /** `tags`: the discriminating properties already named in the path, which are not facts of their own. */
  properties(object: Schema, path: string, tags: readonly string[], depth: number): void {
    const required = new Set((object.required as string[] | undefined) ?? []);
    for (const [name, schema] of Object.entries((object.properties as Record<string, Schema> | undefined) ?? {})) {
      if (tags.includes(name)) continue;
      this.value(schema, `${path}/${name}`, required.has(name), depth);
    }
  }

  value(schema: Schema, path: string, required: boolean, depth: number): void {
    const { core, nullable } = this.withoutNull(schema);
    const fact: WireFact = { path, required, nullable, shape: "any" };
    this.facts.push(fact);
    if (depth > maxDepth) return;
    this.describe(core, fact, depth);
  }

  private describe(schema: Schema, fact: WireFact, depth: number): void {
    if (schema.const !== undefined) return void Object.assign(fact, { shape: kindOf(schema.const), values: [String(schema.const)] });
    if (Array.isArray(schema.enum)) return void Object.assign(fact, { shape: "string", values: sortedStrings(schema.enum) });
    const openEnum = this.openEnum(schema);
    if (openEnum) return void Object.assign(fact, { shape: "string", values: openEnum, open: true });
    if (schema.discriminator) {
      const property = (schema.discriminator as { propertyName: string }).propertyName;
      const branches = this.variants(schema);
      Object.assign(fact, { shape: "union", values: sortedStrings(branches.map((b) => b.tag)) });
      for (const { tag, variant } of branches) this.variant(variant, `${fact.path}{${property}=${tag}}`, [property], depth + 1);
      return;
    }
    if (Array.isArray(schema.anyOf)) {
      fact.shape = "union";
      const values: string[] = [];
      for (const member of schema.anyOf as Schema[]) {
        const resolved = this.resolve(member);
        if (resolved.discriminator) for (const { tag, variant } of this.variants(resolved)) {
          const property = (resolved.discriminator as { propertyName: string }).propertyName;
          this.variant(variant, `${fact.path}{${property}=${tag}}`, [property], depth + 1);
        }
        else if (resolved.const !== undefined) values.push(String(resolved.const));
        else values.push(...(this.openEnum(resolved) ?? []));
      }
      if (values.length > 0) fact.values = sortedStrings(values);
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
          this.properties(schema, fact.path, [], depth + 1);
        } else if (schema.additionalProperties && typeof schema.additionalProperties === "object") {
          fact.shape = "map";
          this.value(schema.additionalProperties as Schema, `${fact.path}{}`, true, depth + 1);
        } else fact.shape = "object";
        return;
      case "string":
      case "integer":
      case "number":
      case "boolean":
        fact.shape = schema.type;
        return;
      default:
        fact.shape = "any";
    }
  }

  /** A discriminated union's branch: its own properties, or (for a nested union such as messages by role) its branches. */
  private variant(variant: Schema, path: string, tags: readonly string[], depth: number): void {
    if (variant.discriminator) {
      const property = (variant.discriminator as { propertyName: string }).propertyName;
      for (const branch of this.variants(variant)) this.variant(branch.variant, `${path}{${property}=${branch.tag}}`, [...tags, property], depth + 1);
      return;
    }
    this.properties(variant, path, tags, depth);
  }

  /** `anyOf: [{ enum }, { type: "string" }]`: the emitter's open enum. */
  private openEnum(schema: Schema): string[] | undefined {
    const members = schema.anyOf as Schema[] | undefined;
    if (!members || members.length !== 2) return undefined;
    const [known, any] = members.map((m) => this.resolve(m)) as [Schema, Schema];
    if (!Array.isArray(known.enum) || any.type !== "string" || any.enum || any.const !== undefined) return undefined;
    return sortedStrings(known.enum);
  }

  private withoutNull(schema: Schema): { core: Schema; nullable: boolean } {
    const resolved = this.resolve(schema);
    const members = resolved.anyOf as Schema[] | undefined;
    if (!members) return { core: resolved, nullable: false };
    const rest = members.filter((m) => this.resolve(m).type !== "null");
    if (rest.length === members.length) return { core: resolved, nullable: false };
    return { core: rest.length === 1 ? this.resolve(rest[0]!) : { anyOf: rest }, nullable: true };
  }
}

function kindOf(value: unknown): Shape {
  return typeof value === "number" ? (Number.isInteger(value) ? "integer" : "number") : typeof value === "boolean" ? "boolean" : "string";
}
