import type { JsonSchema } from "../../../json-schema/type-schemas.js";
import { constrains } from "../../annotations.js";
import { constant, element, failIf, forEachIndex, gt, id, lt, member, num, type Expr, type Statement } from "../js-ast.js";
import type { FunctionScope } from "./function-scope.js";

/**
 * `minItems`, `maxItems` and `items` (one schema for every item) on a value known to
 * be an array, in AJV's order. Items are read as AJV reads them, by index and
 * without an own-property test, and not at all when `items` constrains nothing.
 */
export function arrayChecks(scope: FunctionScope, schema: JsonSchema, value: Expr): Statement[] {
  const statements: Statement[] = [];
  const length = member(value, "length");
  if (typeof schema.minItems === "number") statements.push(failIf(lt(length, num(schema.minItems))));
  if (typeof schema.maxItems === "number") statements.push(failIf(gt(length, num(schema.maxItems))));
  if (schema.items !== undefined && constrains(schema.items as JsonSchema)) {
    const index = scope.freshLocal("i");
    const count = scope.freshLocal("n");
    const item = scope.freshLocal("e");
    const body = [constant(item, element(value, id(index))), ...scope.check(schema.items as JsonSchema, id(item))];
    statements.push(forEachIndex(index, count, value, body));
  }
  return statements;
}
