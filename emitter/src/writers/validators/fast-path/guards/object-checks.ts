import type { JsonSchema } from "../../../json-schema/type-schemas.js";
import { constrains } from "../../annotations.js";
import { constant, failIf, id, ifThen, not, ts, type Expr } from "../js-ast.js";
import { additionalPropertiesCheck } from "./additional-properties.js";
import { discriminatorDispatch } from "./discriminator.js";
import type { FunctionScope } from "./function-scope.js";
import { isPresent, readProperty } from "./own-property.js";

/**
 * `required`, `additionalProperties`, `dependencies`, `properties` and the
 * discriminator's `oneOf` on a value known to be an object, in the order AJV applies
 * them: every required property is looked up before any value is checked, and a
 * property the schema leaves unconstrained is never read. Each property is read once
 * (AJV reads it again to check it; for a getter that answers alike, the verdict is
 * the same).
 */
export function objectChecks(scope: FunctionScope, schema: JsonSchema, value: Expr): ts.Statement[] {
  const statements: ts.Statement[] = [];
  const plain = scope.plainFlag(value);
  const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
  const required = [...new Set((schema.required ?? []) as string[])];
  // The properties read so far, by key.
  const locals = new Map<string, Expr>();
  const read = (key: string): Expr => {
    let local = locals.get(key);
    if (local === undefined) {
      local = id(scope.freshLocal("p"));
      locals.set(key, local);
      statements.push(constant((local as ts.Identifier).text, readProperty(value, key)));
    }
    return local;
  };
  for (const key of required) statements.push(failIf(not(isPresent(read(key), value, key, plain))));
  const present = new Set(required);
  if (schema.additionalProperties !== undefined) {
    statements.push(...additionalPropertiesCheck(scope, schema.additionalProperties as JsonSchema | boolean, Object.keys(properties), value));
  }
  for (const [key, dependent] of Object.entries((schema.dependencies ?? {}) as Record<string, JsonSchema>)) {
    const local = read(key);
    const checks = scope.check(dependent, value);
    if (present.has(key)) statements.push(...checks);
    else statements.push(ifThen(isPresent(local, value, key, plain), checks));
  }
  for (const [key, propertySchema] of Object.entries(properties)) {
    if (!constrains(propertySchema)) continue;
    const local = read(key);
    const checks = scope.check(propertySchema, local);
    if (present.has(key)) statements.push(...checks);
    else statements.push(ifThen(isPresent(local, value, key, plain), checks));
  }
  if (schema.discriminator) statements.push(discriminatorDispatch(scope, schema, value, locals));
  else if (schema.oneOf) throw new Error("guard code: oneOf without discriminator is not supported");
  return statements;
}
