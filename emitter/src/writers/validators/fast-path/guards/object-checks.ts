import type { JsonSchema } from "../../../json-schema/type-schemas.js";
import { constrains } from "../../annotations.js";
import { constant, eq, failIf, id, ifThen, ne, ts, undefinedValue, type Expr } from "../js-ast.js";
import { additionalPropertiesCheck } from "./additional-properties.js";
import { discriminatorDispatch } from "./discriminator.js";
import type { FunctionScope } from "./function-scope.js";
import { ownValue } from "./own-property.js";

/**
 * `properties`, `required`, `additionalProperties`, `dependencies` and the
 * discriminator's `oneOf` on a value known to be a plain object.
 */
export function objectChecks(scope: FunctionScope, schema: JsonSchema, value: Expr): ts.Statement[] {
  const statements: ts.Statement[] = [];
  const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((schema.required ?? []) as string[]);
  // Required properties without a schema of their own are only tested for presence.
  for (const key of required) {
    if (!(key in properties) || !constrains(properties[key]!)) statements.push(failIf(eq(ownValue(value, key), undefinedValue())));
  }
  // Each property is read once: a required one must be there, an optional one is checked when there.
  const locals = new Map<string, Expr>();
  for (const [key, propertySchema] of Object.entries(properties)) {
    if (!constrains(propertySchema)) continue;
    const local = scope.freshLocal("p");
    locals.set(key, id(local));
    statements.push(constant(local, ownValue(value, key)));
    if (required.has(key)) {
      if (!rejectsUndefined(propertySchema)) statements.push(failIf(eq(id(local), undefinedValue())));
      statements.push(...scope.check(propertySchema, id(local)));
    } else statements.push(ifThen(ne(id(local), undefinedValue()), scope.check(propertySchema, id(local))));
  }
  if (schema.additionalProperties !== undefined) {
    statements.push(additionalPropertiesCheck(scope, schema.additionalProperties as JsonSchema | boolean, Object.keys(properties), value));
  }
  for (const [key, dependent] of Object.entries((schema.dependencies ?? {}) as Record<string, JsonSchema>)) {
    statements.push(ifThen(ne(ownValue(value, key), undefinedValue()), scope.check(dependent, value)));
  }
  if (schema.discriminator) statements.push(discriminatorDispatch(scope.module, schema, value, locals));
  else if (schema.oneOf) throw new Error("guard code: oneOf without discriminator is not supported");
  return statements;
}

/** `type`, `const` and `enum` only admit JSON values, so their own checks already reject a missing property. */
function rejectsUndefined(schema: JsonSchema): boolean {
  return schema.type !== undefined || schema.const !== undefined || Array.isArray(schema.enum);
}
