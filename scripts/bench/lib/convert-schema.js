// The walk shared by the converters from the emitted JSON Schema bundle to other
// validation libraries (to-typebox.js, to-zod.js): `$ref`s resolved once each, the
// subset of keywords the bundle uses, open enums checked as their base type (as the
// emitter's validator pass does), discriminated unions handed over with their branches.
// A converter supplies only the leaves: how its library spells each kind of schema.
import { ANNOTATIONS, discriminatedBranches, isDiscriminated, openEnumBase, refName } from "./schema.js";

const KNOWN = new Set([...ANNOTATIONS, "$ref", "type", "properties", "required", "additionalProperties", "items", "const", "enum", "anyOf", "oneOf", "discriminator", "minLength", "minimum", "maximum", "exclusiveMaximum", "exclusiveMinimum", "minItems", "maxItems"]);

/**
 * @param {{ defs: Record<string, object> }} bundle
 * @param {string} name the `$defs` entry to convert
 * @param {object} to the library's constructors: literal, enumOf, union, discriminated,
 *   unknown, string, integer, number, boolean, null, array, record, object (see the callers)
 */
export function convertSchema(bundle, name, to) {
  const memo = new Map();
  const fromRef = (ref) => {
    const target = refName(ref);
    if (!memo.has(target)) memo.set(target, convert(bundle.defs[target], target));
    return memo.get(target);
  };

  function convert(node, at) {
    for (const key of Object.keys(node)) if (!KNOWN.has(key)) throw new Error(`${at}: keyword "${key}" is outside the converter's subset`);
    if (node.$ref) return fromRef(node.$ref);
    if ("const" in node) return to.literal(node.const);
    if (Array.isArray(node.enum)) return to.enumOf(node.enum);
    if (isDiscriminated(node)) {
      const branches = discriminatedBranches(bundle.defs, node).map((b) => convert(b.schema, `${at}/${b.name}`));
      return to.discriminated(node.discriminator.propertyName, branches);
    }
    if (Array.isArray(node.anyOf)) {
      const base = openEnumBase(node);
      return base ? convert({ type: base }, at) : to.union(node.anyOf.map((b, i) => convert(b, `${at}/anyOf/${i}`)));
    }
    if (Array.isArray(node.oneOf)) throw new Error(`${at}: oneOf without discriminator is outside the converter's subset`);
    switch (node.type) {
      case undefined:
        return to.unknown();
      case "string":
      case "integer":
      case "number":
        return to[node.type](node);
      case "boolean":
        return to.boolean();
      case "null":
        return to.null();
      case "array":
        return to.array(node.items ? convert(node.items, `${at}/items`) : to.unknown(), node);
      case "object":
        return object(node, at);
      default:
        throw new Error(`${at}: type ${JSON.stringify(node.type)} is outside the converter's subset`);
    }
  }

  function object(node, at) {
    const extra = node.additionalProperties;
    const properties = node.properties ?? {};
    const additional = extra && typeof extra === "object" ? convert(extra, `${at}/additionalProperties`) : extra === false ? false : undefined;
    // A converted schema may be a function (ArkType's types are callable), so test for "neither undefined nor false".
    if (Object.keys(properties).length === 0 && additional !== undefined && additional !== false) return to.record(additional);
    const required = new Set(node.required ?? []);
    const shape = Object.entries(properties).map(([key, property]) => ({ key, schema: convert(property, `${at}/${key}`), required: required.has(key) }));
    for (const key of required) if (!(key in properties)) shape.push({ key, schema: to.unknown(), required: true });
    // `additional`: undefined (any extra key), false (none), or a converted schema for every extra key.
    return to.object(shape, additional);
  }

  return convert(bundle.defs[name], name);
}

/** The numeric bounds of a schema node, as JSON Schema names them. */
export function bounds(node, keys = ["minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"]) {
  return Object.fromEntries(keys.filter((k) => node[k] !== undefined).map((k) => [k, node[k]]));
}
