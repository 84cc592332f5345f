import type { JsonSchema } from "../../../json-schema/type-schemas.js";
import { and, call, failIf, gt, id, lt, member, not, num, or, type Expr, type Statement } from "../js-ast.js";
import type { GuardModule } from "./guard-module.js";

/** `minLength`, `maxLength` and `pattern` on a value known to be a string. */
export function stringChecks(module: GuardModule, schema: JsonSchema, value: Expr): Statement[] {
  const statements: Statement[] = [];
  const length = member(value, "length");
  // AJV counts code points; `length` counts UTF-16 units, at most twice as many: only the band in between needs counting.
  if (typeof schema.minLength === "number") {
    const min = schema.minLength;
    statements.push(failIf(or(lt(length, num(min)), and(lt(length, num(2 * min)), lt(call(module.ucs2length(), value), num(min))))));
  }
  if (typeof schema.maxLength === "number") {
    const max = schema.maxLength;
    statements.push(failIf(and(gt(length, num(max)), or(gt(length, num(2 * max)), gt(call(module.ucs2length(), value), num(max))))));
  }
  if (typeof schema.pattern === "string") {
    statements.push(failIf(not(call(member(id(module.patternConstant(schema.pattern)), "test"), value))));
  }
  return statements;
}
