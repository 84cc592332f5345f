// JSON Schema (the subset the emitted bundle uses) → TypeBox, built from schema.json at
// run time; TypeCompiler then compiles it. Same rewrites the emitter's validator pass makes
// (open enums checked as their base type), so TypeBox gets the same semantics and its best
// shot; a discriminated union becomes a plain Type.Union (TypeBox has no discriminator
// dispatch) in the bundle's branch order.
import { Type } from "@sinclair/typebox";
import { TypeCompiler } from "@sinclair/typebox/compiler";
import { ANNOTATIONS, discriminatedBranches, isDiscriminated, openEnumBase, refName } from "./schema.js";

const KNOWN = new Set([...ANNOTATIONS, "$ref", "type", "properties", "required", "additionalProperties", "items", "const", "enum", "anyOf", "oneOf", "discriminator", "minLength", "minimum", "maximum", "exclusiveMaximum", "exclusiveMinimum", "minItems", "maxItems"]);

/** TypeBox schema of `#/$defs/<name>`. */
export function toTypeBox(bundle, name) {
  const memo = new Map();
  const fromRef = (ref) => {
    const target = refName(ref);
    if (!memo.has(target)) memo.set(target, convert(bundle.defs[target], target));
    return memo.get(target);
  };

  function convert(node, at) {
    for (const key of Object.keys(node)) if (!KNOWN.has(key)) throw new Error(`${at}: keyword "${key}" is outside the converter's subset`);
    if (node.$ref) return fromRef(node.$ref);
    if ("const" in node) return Type.Literal(node.const);
    if (Array.isArray(node.enum)) return Type.Union(node.enum.map((v) => Type.Literal(v)));
    if (isDiscriminated(node)) return Type.Union(discriminatedBranches(bundle.defs, node).map((b) => convert(b.schema, `${at}/${b.name}`)));
    if (Array.isArray(node.anyOf)) {
      const base = openEnumBase(node);
      return base ? convert({ type: base }, at) : Type.Union(node.anyOf.map((b, i) => convert(b, `${at}/anyOf/${i}`)));
    }
    if (Array.isArray(node.oneOf)) throw new Error(`${at}: oneOf without discriminator is outside the converter's subset`);
    const bounds = (keys) => Object.fromEntries(keys.filter((k) => node[k] !== undefined).map((k) => [k, node[k]]));
    switch (node.type) {
      case undefined:
        return Type.Unknown();
      case "string":
        return Type.String(bounds(["minLength"]));
      case "integer":
        return Type.Integer(bounds(["minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"]));
      case "number":
        return Type.Number(bounds(["minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"]));
      case "boolean":
        return Type.Boolean();
      case "null":
        return Type.Null();
      case "array":
        return Type.Array(node.items ? convert(node.items, `${at}/items`) : Type.Unknown(), bounds(["minItems", "maxItems"]));
      case "object":
        return object(node, at);
      default:
        throw new Error(`${at}: type ${JSON.stringify(node.type)} is outside the converter's subset`);
    }
  }

  function object(node, at) {
    const extra = node.additionalProperties;
    const properties = node.properties ?? {};
    if (Object.keys(properties).length === 0 && extra && typeof extra === "object") return Type.Record(Type.String(), convert(extra, `${at}/additionalProperties`));
    const required = new Set(node.required ?? []);
    const shape = {};
    for (const [key, property] of Object.entries(properties)) {
      const converted = convert(property, `${at}/${key}`);
      shape[key] = required.has(key) ? converted : Type.Optional(converted);
    }
    for (const key of required) if (!(key in shape)) shape[key] = Type.Unknown();
    const options = extra === false ? { additionalProperties: false } : extra && typeof extra === "object" ? { additionalProperties: convert(extra, `${at}/additionalProperties`) } : {};
    return Type.Object(shape, options);
  }

  return convert(bundle.defs[name], name);
}

/** A compiled check `(value) => boolean` of `#/$defs/<name>`. */
export function compileTypeBox(bundle, name) {
  const compiled = TypeCompiler.Compile(toTypeBox(bundle, name));
  return (value) => compiled.Check(value);
}
