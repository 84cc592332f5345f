import type { JsonSchema } from "../json-schema/type-schemas.js";
import { escapeRegExp } from "../escape.js";
import { ALLOWED_KEYWORD } from "./allowed-values.js";
import { SCALAR_KEYWORDS_BY_TYPE } from "./keywords.js";

/**
 * An `anyOf` whose alternatives are told apart by JSON type (a voice name or a
 * voice object; an integer or `"inf"`) reports one error per alternative plus the
 * `anyOf` itself, and the first is usually the wrong one. When every alternative
 * is a different JSON type and uses only keywords that apply to that type, the
 * same set of values is one schema: `type` lists the types, each type's keywords
 * sit side by side (they ignore values of other types), and a validator reports
 * exactly the one failure that explains the rejection.
 *
 * String literals become a `pattern`, which a rejection would quote as a regular
 * expression; the merged schema keeps what the spec allows, the literals and the other
 * alternatives' types, under ALLOWED_KEYWORD, so the message can say `must be "inf" or
 * an integer` (allowed-values.ts takes it out before the schema reaches a validator).
 *
 * A `null` beside string literals stays an alternative of its own (`anyOf: [merged,
 * { type: "null" }]`): a wrong string fails the `pattern`, whose error names neither the
 * types beside it nor the definition, and one `schemaPath` can hold the same pattern in a
 * definition with `null` and one without (the server's `max_output_tokens: int32 | "inf" |
 * null`, the client's `int32 | "inf"`), so only the null alternative's own error can say
 * `or null`.
 *
 * Returns undefined when the alternatives do not have that form.
 */
export function mergeDisjointAlternatives(branches: readonly JsonSchema[]): JsonSchema | undefined {
  const merged = mergeByType(branches);
  const nullBranch = branches.find((branch) => branch.type === "null" && Object.keys(branch).length === 1);
  if (merged === undefined || merged[ALLOWED_KEYWORD] === undefined || nullBranch === undefined) return merged;
  const others = mergeByType(branches.filter((branch) => branch !== nullBranch));
  return others === undefined ? merged : { anyOf: [others, nullBranch] };
}

function mergeByType(branches: readonly JsonSchema[]): JsonSchema | undefined {
  const merged: JsonSchema = { type: [] as string[] };
  const types = merged.type as string[];
  const literals: unknown[] = [];
  for (const branch of branches) {
    const form = alternativeForm(branch);
    if (!form || types.some((type) => overlap(type, form.type))) return undefined;
    types.push(form.type);
    if (form.literals) literals.push(...form.literals);
    for (const [keyword, value] of Object.entries(form.keywords)) {
      if (keyword in merged) return undefined;
      merged[keyword] = value;
    }
  }
  if (literals.length > 0) merged[ALLOWED_KEYWORD] = { values: literals, types: types.filter((type) => type !== "string") };
  return merged;
}

/**
 * Whether two JSON types share values. Every integer is also a number (JSON
 * Schema draft-07, validation 6.1.1), so `int32 | float64` is not a choice by type:
 * merged, the int32 bounds would apply to every number.
 */
function overlap(a: string, b: string): boolean {
  const numeric = (type: string) => type === "integer" || type === "number";
  return a === b || (numeric(a) && numeric(b));
}

function alternativeForm(branch: JsonSchema): { type: string; keywords: JsonSchema; literals?: unknown[] } | undefined {
  // A discriminated object: its dispatch applies through `dependencies`, which only objects meet.
  if (branch.discriminator && Array.isArray(branch.required) && branch.required.length === 1) {
    const tag = branch.required[0] as string;
    const tagSchema = (branch.properties as JsonSchema | undefined)?.[tag] ?? { type: "string" };
    return { type: "object", keywords: { properties: { [tag]: tagSchema }, required: [tag], dependencies: { [tag]: branch } } };
  }
  // String literals: a pattern, which only strings meet.
  const literals = branch.const !== undefined ? [branch.const] : Array.isArray(branch.enum) ? branch.enum : undefined;
  if (literals && Object.keys(branch).every((keyword) => keyword === "const" || keyword === "enum" || keyword === "type")) {
    if (!literals.every((value) => typeof value === "string")) return undefined;
    return { type: "string", keywords: { pattern: `^(?:${(literals as string[]).map(escapeRegExp).join("|")})$` }, literals };
  }
  if (!isScalarSchema(branch)) return undefined;
  return { type: branch.type as string, keywords: Object.fromEntries(Object.entries(branch).filter(([keyword]) => keyword !== "type")) };
}

/** One JSON type other than object or array, and only keywords about that type: `{ type: "integer", minimum: 0 }`. */
export function isScalarSchema(schema: JsonSchema): boolean {
  if (typeof schema.type !== "string" || !Object.hasOwn(SCALAR_KEYWORDS_BY_TYPE, schema.type)) return false;
  const allowed = SCALAR_KEYWORDS_BY_TYPE[schema.type]!;
  return Object.keys(schema).every((keyword) => keyword === "type" || allowed.includes(keyword));
}

