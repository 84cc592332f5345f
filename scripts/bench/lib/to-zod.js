// JSON Schema (the subset the emitted bundle uses) → zod 4, built from schema.json at run
// time. Discriminated unions become z.discriminatedUnion (zod's keyed dispatch); open enums
// are checked as their base type, as the emitter's validator pass does. Objects are
// z.object (unknown keys accepted, like the spec-mode validators).
import { z } from "zod";
import { ANNOTATIONS, discriminatedBranches, isDiscriminated, openEnumBase, refName } from "./schema.js";

const KNOWN = new Set([...ANNOTATIONS, "$ref", "type", "properties", "required", "additionalProperties", "items", "const", "enum", "anyOf", "oneOf", "discriminator", "minLength", "minimum", "maximum", "exclusiveMaximum", "exclusiveMinimum", "minItems", "maxItems"]);

/** zod schema of `#/$defs/<name>`. */
export function toZod(bundle, name) {
  const memo = new Map();
  const fromRef = (ref) => {
    const target = refName(ref);
    if (!memo.has(target)) memo.set(target, convert(bundle.defs[target], target));
    return memo.get(target);
  };

  function convert(node, at) {
    for (const key of Object.keys(node)) if (!KNOWN.has(key)) throw new Error(`${at}: keyword "${key}" is outside the converter's subset`);
    if (node.$ref) return fromRef(node.$ref);
    if ("const" in node) return z.literal(node.const);
    if (Array.isArray(node.enum)) return node.enum.every((v) => typeof v === "string") ? z.enum(node.enum) : z.union(node.enum.map((v) => z.literal(v)));
    if (isDiscriminated(node)) {
      const branches = discriminatedBranches(bundle.defs, node).map((b) => convert(b.schema, `${at}/${b.name}`));
      return z.discriminatedUnion(node.discriminator.propertyName, branches);
    }
    if (Array.isArray(node.anyOf)) {
      const base = openEnumBase(node);
      return base ? convert({ type: base }, at) : z.union(node.anyOf.map((b, i) => convert(b, `${at}/anyOf/${i}`)));
    }
    if (Array.isArray(node.oneOf)) throw new Error(`${at}: oneOf without discriminator is outside the converter's subset`);
    switch (node.type) {
      case undefined:
        return z.unknown();
      case "string":
        return node.minLength !== undefined ? z.string().min(node.minLength) : z.string();
      case "integer":
        return bounded(z.int(), node);
      case "number":
        return bounded(z.number(), node);
      case "boolean":
        return z.boolean();
      case "null":
        return z.null();
      case "array": {
        let array = z.array(node.items ? convert(node.items, `${at}/items`) : z.unknown());
        if (node.minItems !== undefined) array = array.min(node.minItems);
        if (node.maxItems !== undefined) array = array.max(node.maxItems);
        return array;
      }
      case "object":
        return object(node, at);
      default:
        throw new Error(`${at}: type ${JSON.stringify(node.type)} is outside the converter's subset`);
    }
  }

  function bounded(schema, node) {
    if (node.minimum !== undefined) schema = schema.gte(node.minimum);
    if (node.maximum !== undefined) schema = schema.lte(node.maximum);
    if (node.exclusiveMinimum !== undefined) schema = schema.gt(node.exclusiveMinimum);
    if (node.exclusiveMaximum !== undefined) schema = schema.lt(node.exclusiveMaximum);
    return schema;
  }

  function object(node, at) {
    const extra = node.additionalProperties;
    const properties = node.properties ?? {};
    if (Object.keys(properties).length === 0 && extra && typeof extra === "object") return z.record(z.string(), convert(extra, `${at}/additionalProperties`));
    const required = new Set(node.required ?? []);
    const shape = {};
    for (const [key, property] of Object.entries(properties)) {
      const converted = convert(property, `${at}/${key}`);
      shape[key] = required.has(key) ? converted : converted.optional();
    }
    for (const key of required) if (!(key in shape)) shape[key] = z.unknown();
    if (extra === false) return z.strictObject(shape);
    if (extra && typeof extra === "object") return z.object(shape).catchall(convert(extra, `${at}/additionalProperties`));
    return z.object(shape);
  }

  return convert(bundle.defs[name], name);
}

/** A check `(value) => boolean` of `#/$defs/<name>` (zod's safeParse; zod also builds a parsed copy). */
export function compileZod(bundle, name) {
  const schema = toZod(bundle, name);
  return (value) => schema.safeParse(value).success;
}
