import type { JsonSchema } from "../../../json-schema/type-schemas.js";
import { ANNOTATIONS } from "../../annotations.js";
import { call, eq, failIf, ifThen, literal, ne, not, or, type Expr, type Statement } from "../js-ast.js";
import { arrayChecks } from "./array-checks.js";
import type { FunctionScope } from "./function-scope.js";
import { ARRAY_KEYWORDS, HANDLED_KEYWORDS, NUMBER_KEYWORDS, OBJECT_KEYWORDS, STRING_KEYWORDS } from "../../keywords.js";
import { numberChecks } from "./number-checks.js";
import { objectChecks } from "./object-checks.js";
import { stringChecks } from "./string-checks.js";
import { int32Test, isInt32, objectLike, typeTest } from "./type-tests.js";

/**
 * The statements that return false when `value` does not match `schema`: the type,
 * then the keywords of every type (`$ref`, `const`, `enum`, `anyOf`), then one group
 * per type, in AJV's order (number, string, array, object), so that the guard reads a
 * value's properties in the order AJV does and stops where AJV stops. Only the type
 * test moves ahead of AJV's place for it, and it reads nothing.
 */
export function schemaChecks(scope: FunctionScope, schema: JsonSchema, value: Expr): Statement[] {
  for (const keyword of Object.keys(schema)) {
    if (!ANNOTATIONS.has(keyword) && !HANDLED_KEYWORDS.has(keyword)) throw new Error(`guard code: keyword ${keyword} is not supported`);
  }
  const statements: Statement[] = [];
  const types = schema.type === undefined ? undefined : ([] as string[]).concat(schema.type as string | string[]);
  const typeKnown = scope.knowsIsObject(value) && types?.length === 1 && types[0] === "object";
  const int32 = isInt32(schema, types);
  if (int32) statements.push(failIf(not(int32Test(value))));
  else if (types && !typeKnown) statements.push(failIf(not(or(...types.map((type) => typeTest(type, value))))));
  if (typeof schema.$ref === "string") statements.push(failIf(not(call(scope.module.guardForRef(schema.$ref), value))));
  if (schema.const !== undefined) statements.push(failIf(ne(value, literal(schema.const))));
  if (Array.isArray(schema.enum)) statements.push(failIf(not(or(...schema.enum.map((member) => eq(value, literal(member)))))));
  if (Array.isArray(schema.anyOf)) {
    statements.push(failIf(not(or(...(schema.anyOf as JsonSchema[]).map((branch) => call(scope.hoist(branch), value))))));
  }
  const group = (type: string, keywords: readonly string[], build: () => Statement[]) => {
    if (keywords.some((keyword) => schema[keyword] !== undefined)) statements.push(...typeGuarded(type, types, value, build()));
  };
  // An int32 test already covers the bounds.
  if (!int32) group("number", NUMBER_KEYWORDS, () => numberChecks(schema, value));
  group("string", STRING_KEYWORDS, () => stringChecks(scope.module, schema, value));
  group("array", ARRAY_KEYWORDS, () => arrayChecks(scope, schema, value));
  group("object", OBJECT_KEYWORDS, () => objectChecks(scope, schema, value));
  return statements;
}

/** The checks of one type's keywords, applied only to values of that type. */
function typeGuarded(type: string, types: readonly string[] | undefined, value: Expr, checks: Statement[]): Statement[] {
  // Keywords of one type ignore values of other types; a single asserted type needs no second test.
  if (types?.length === 1 && (types[0] === type || (type === "number" && types[0] === "integer"))) return checks;
  if (type === "object") return [ifThen(objectLike(value), checks)];
  return [ifThen(typeTest(type, value), checks)];
}
