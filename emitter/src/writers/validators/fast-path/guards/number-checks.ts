import type { JsonSchema } from "../../../json-schema/type-schemas.js";
import { failIf, ge, gt, le, lt, num, type Expr, type Statement } from "../js-ast.js";

/** `minimum`, `maximum`, `exclusiveMinimum`, `exclusiveMaximum` (draft-07 numbers) on a value known to be a number. */
export function numberChecks(schema: JsonSchema, value: Expr): Statement[] {
  const statements: Statement[] = [];
  if (typeof schema.minimum === "number") statements.push(failIf(lt(value, num(schema.minimum))));
  if (typeof schema.maximum === "number") statements.push(failIf(gt(value, num(schema.maximum))));
  if (typeof schema.exclusiveMinimum === "number") statements.push(failIf(le(value, num(schema.exclusiveMinimum))));
  if (typeof schema.exclusiveMaximum === "number") statements.push(failIf(ge(value, num(schema.exclusiveMaximum))));
  return statements;
}
