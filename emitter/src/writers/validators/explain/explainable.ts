import type { JsonSchema } from "../../json-schema/type-schemas.js";

/**
 * Whether runtime/schema-explainer.ts can explain rejections against `schema` exactly
 * as AJV would: every schema in it uses only the keywords the explainer implements,
 * in the forms it implements. Anything else (a keyword a future spec brings, an object
 * `const` or `enum` value) leaves that validators module to AJV's standalone code.
 */
export function isExplainable(schema: JsonSchema): boolean {
  const definitions = (schema.$defs ?? {}) as Record<string, unknown>;
  const isDefinitionRef = (ref: unknown) =>
    typeof ref === "string" && ref.startsWith(DEFINITIONS) && Object.hasOwn(definitions, decodeURIComponent(ref.slice(DEFINITIONS.length)));
  const explainable = (node: unknown): boolean => {
    if (node === true) return true;
    if (node === null || typeof node !== "object" || Array.isArray(node)) return false;
    const entries = Object.entries(node);
    if (Object.hasOwn(node, "$ref")) return entries.length === 1 && isDefinitionRef((node as JsonSchema).$ref);
    return entries.every(([keyword, value]) => explainableKeyword(keyword, value, node as JsonSchema, explainable));
  };
  return Object.values(definitions).every(explainable);
}

const DEFINITIONS = "#/$defs/";
const JSON_TYPES = new Set(["null", "boolean", "object", "array", "number", "integer", "string"]);

const isPrimitive = (value: unknown) => value === null || ["string", "number", "boolean"].includes(typeof value);
const isNumber = (value: unknown) => typeof value === "number" && Number.isFinite(value);
const isSchemaMap = (value: unknown, explainable: (node: unknown) => boolean) =>
  value !== null && typeof value === "object" && !Array.isArray(value) && !Object.hasOwn(value, "__proto__") && Object.values(value).every(explainable);

function explainableKeyword(keyword: string, value: unknown, node: JsonSchema, explainable: (node: unknown) => boolean): boolean {
  switch (keyword) {
    case "type":
      return (Array.isArray(value) ? value : [value]).every((type: unknown) => typeof type === "string" && JSON_TYPES.has(type)) && (!Array.isArray(value) || value.length > 0);
    case "const":
      return isPrimitive(value);
    case "enum":
      return Array.isArray(value) && value.length > 0 && value.every(isPrimitive);
    case "maximum":
    case "minimum":
    case "exclusiveMaximum":
    case "exclusiveMinimum":
    case "maxLength":
    case "minLength":
    case "maxItems":
    case "minItems":
      return isNumber(value);
    case "pattern":
      return typeof value === "string";
    case "required":
      return Array.isArray(value) && value.every((name) => typeof name === "string");
    case "anyOf":
      return Array.isArray(value) && value.length > 0 && value.every(explainable);
    case "items":
      return explainable(value);
    case "additionalProperties":
      return value === false || explainable(value);
    case "properties":
    case "dependencies":
      return isSchemaMap(value, explainable);
    case "discriminator":
      return explainableDiscriminator(value, node, explainable);
    case "oneOf":
      // Only beside a discriminator, which takes it over.
      return node.discriminator !== undefined;
    default:
      return false;
  }
}

/** `{ propertyName }`, over `oneOf` alternatives that are all explainable (checked again where they are defined). */
function explainableDiscriminator(value: unknown, node: JsonSchema, explainable: (node: unknown) => boolean): boolean {
  const keys = value !== null && typeof value === "object" ? Object.keys(value) : [];
  const oneOf = node.oneOf;
  return (
    keys.length === 1 &&
    typeof (value as { propertyName?: unknown }).propertyName === "string" &&
    Array.isArray(oneOf) &&
    oneOf.length > 0 &&
    oneOf.every(explainable)
  );
}
