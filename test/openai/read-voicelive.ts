import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Direction } from "./flavours.js";
import { generatedDir } from "./paths.js";
import { literals, named, primitive, resolve, union, type Literal, type NamedShape, type ObjectShape, type PropertyShape, type Shape } from "./shape.js";

/** The subset of JSON Schema draft-07 the emitter writes (see the format notes). */
interface Schema {
  readonly $ref?: string;
  readonly type?: string | readonly string[];
  readonly const?: unknown;
  readonly enum?: readonly unknown[];
  readonly anyOf?: readonly Schema[];
  readonly oneOf?: readonly Schema[];
  readonly properties?: Readonly<Record<string, Schema>>;
  readonly required?: readonly string[];
  readonly additionalProperties?: Schema | boolean;
  readonly items?: Schema;
}

interface Bundle {
  readonly $defs: Readonly<Record<string, Schema>>;
}

export interface VoiceLiveEvent {
  readonly type: string;
  readonly direction: Direction;
  /** The `$defs` name, which is also the exported TypeScript interface name. */
  readonly model: string;
  readonly shape: NamedShape;
}

export interface VoiceLiveApi {
  readonly version: string;
  readonly events: readonly VoiceLiveEvent[];
}

const UNIONS: Readonly<Record<Direction, string>> = { client: "ClientEvent", server: "ServerEvent" };

/** Reads `generated/<version>/schema.json`: the shapes the validators are built from. */
export function readVoiceLive(version: string): VoiceLiveApi {
  const bundle = JSON.parse(readFileSync(join(generatedDir, version, "schema.json"), "utf8")) as Bundle;
  const shapes = new SchemaShapes(bundle);
  const events = (Object.keys(UNIONS) as Direction[]).flatMap((direction) =>
    (bundle.$defs[UNIONS[direction]]?.oneOf ?? []).map((variant) => {
      const model = refName(variant.$ref!);
      const type = bundle.$defs[model]?.properties?.type?.const;
      if (typeof type !== "string") throw new Error(`${version}: ${model} has no constant \`type\``);
      return { type, direction, model, shape: shapes.ref(model) };
    }),
  );
  return { version, events };
}

function refName(ref: string): string {
  const prefix = "#/$defs/";
  if (!ref.startsWith(prefix)) throw new Error(`unexpected $ref ${ref}: the bundle only refers into its own $defs`);
  return ref.slice(prefix.length);
}

/** Turns the bundle's schemas into shapes, one named shape per `$defs` entry. */
class SchemaShapes {
  readonly #named = new Map<string, NamedShape>();

  constructor(readonly bundle: Bundle) {}

  ref(name: string): NamedShape {
    let shape = this.#named.get(name);
    if (!shape) {
      const schema = this.bundle.$defs[name];
      if (!schema) throw new Error(`$defs has no ${name}`);
      shape = named(name, () => this.shape(schema), { name });
      this.#named.set(name, shape);
    }
    return shape;
  }

  shape(schema: Schema): Shape {
    if (schema.$ref) return this.ref(refName(schema.$ref));
    if (schema.oneOf) return this.discriminated(schema, schema.oneOf);
    // An open enum is `anyOf: [enum, string]`; the union normalisation in compare folds it into one literal set.
    if (schema.anyOf) return union(schema.anyOf.map((member) => this.shape(member)));
    if ("const" in schema) return literals([schema.const as Literal]);
    if (schema.enum) return literals(schema.enum as Literal[]);
    if (Array.isArray(schema.type)) return union(schema.type.map((type: string) => this.typed(type, schema)));
    if (typeof schema.type === "string") return this.typed(schema.type, schema);
    return primitive("unknown");
  }

  /**
   * A discriminated union. Its own `properties` and `required` apply to every variant
   * too (JSON Schema checks them beside `oneOf`); usually they only restate the
   * discriminator, but where they add a constraint a variant lacks, the variant is
   * shown as the validator sees it, named `Variant (as Union)`.
   */
  discriminated(schema: Schema, variants: readonly Schema[]): Shape {
    const base = this.object(schema);
    const owner = Object.entries(this.bundle.$defs).find(([, definition]) => definition === schema)?.[0] ?? "union";
    return union(variants.map((variant) => this.constrained(this.shape(variant), base, owner)));
  }

  constrained(variant: Shape, base: ObjectShape, owner: string): Shape {
    const target = resolve(variant);
    if (target.kind === "union") return union(target.members.map((member) => this.constrained(member, base, owner)));
    if (target.kind !== "object") return variant;
    const properties = new Map(target.properties);
    for (const [name, property] of base.properties) {
      const own = properties.get(name);
      if (!own) properties.set(name, property);
      else if (property.required && !own.required) properties.set(name, { shape: own.shape, required: true });
    }
    const changed = [...properties].some(([name, property]) => target.properties.get(name) !== property);
    if (!changed) return variant;
    const merged: ObjectShape = { ...target, properties };
    // No TypeScript declaration has this shape: `types.d.ts` declares the variant alone, and the
    // type-level checks compare that declaration, which is how they catch the two disagreeing.
    return variant.kind === "named" ? named(`${variant.name} (as ${owner})`, () => merged, variant.declaration) : merged;
  }

  typed(type: string, schema: Schema): Shape {
    switch (type) {
      case "object":
        return this.object(schema);
      case "array":
        return { kind: "array", items: schema.items ? this.shape(schema.items) : primitive("unknown") };
      // TypeScript has one `number`; integer ranges are among the details the comparison leaves out.
      case "integer":
      case "number":
        return primitive("number");
      case "string":
      case "boolean":
      case "null":
        return primitive(type);
      default:
        throw new Error(`unexpected JSON Schema type ${type}`);
    }
  }

  object(schema: Schema): ObjectShape {
    const required = new Set(schema.required ?? []);
    const properties = new Map<string, PropertyShape>(
      Object.entries(schema.properties ?? {}).map(([name, property]) => [name, { shape: this.shape(property), required: required.has(name) }]),
    );
    const extra = schema.additionalProperties;
    // Absent or `true` is JSON Schema's default (other properties allowed, untyped): that is a plain object, not a record.
    const additional = typeof extra === "object" ? this.shape(extra) : undefined;
    return { kind: "object", properties, ...(additional ? { additional } : {}) };
  }
}
