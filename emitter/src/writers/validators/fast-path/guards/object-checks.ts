import type { JsonSchema } from "../../../json-schema/type-schemas.js";
import { ANNOTATIONS, constrains } from "../../annotations.js";
import { NUMBER_KEYWORDS, STRING_KEYWORDS } from "../../keywords.js";
import { constant, failIf, id, ifThen, not, type Expr, type Statement } from "../js-ast.js";
import { additionalPropertiesCheck } from "./additional-properties.js";
import { discriminatorDispatch, tagCheckedByVariants } from "./discriminator.js";
import type { FunctionScope } from "./function-scope.js";
import { isOwnKey, isPresent, readProperty } from "./own-property.js";

/**
 * `required`, `additionalProperties`, `dependencies`, `properties` and the
 * discriminator's `oneOf` on a value known to be an object, in the order AJV applies
 * them: every required property is looked up before anything else is read, and a
 * property the schema leaves unconstrained is never read. Each property is read once
 * (AJV reads it again to check it; for a getter that answers alike, the verdict is
 * the same). A required property whose checks read nothing (a string, an integer, a
 * `const`) is checked where it is looked up: a failure found there, earlier than AJV
 * would, gives AJV's verdict all the same, having read less. A discriminator's tag is
 * tested for being the object's own in the variant's body only where nothing is read in
 * between (see tagCheckedByVariants). An object body declares its `plain` flag right after
 * its first read (see FunctionScope.plainDeclaration), and before anything else uses it.
 */
export function objectChecks(scope: FunctionScope, schema: JsonSchema, value: Expr): Statement[] {
  const statements: Statement[] = [];
  const plain = scope.plainFlag(value);
  // Where `plain` is declared, if the body uses it: after the first read, or before the
  // first statement that may use it when that comes earlier.
  const declaresPlain = plain !== undefined && scope.claimPlainDeclaration();
  let plainAt: number | undefined;
  const plainNeededFromHere = () => {
    plainAt ??= statements.length;
  };
  const ownTestedByVariant = tagCheckedByVariants(scope, schema);
  const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
  const required = [...new Set((schema.required ?? []) as string[])];
  // The properties read so far, by key.
  const locals = new Map<string, Expr>();
  const read = (key: string): Expr => {
    let local = locals.get(key);
    if (local === undefined) {
      const name = scope.freshLocal("p");
      local = id(name);
      locals.set(key, local);
      statements.push(constant(name, readProperty(value, key)));
      plainNeededFromHere();
    }
    return local;
  };
  const checkedEarly = new Set<string>();
  for (const key of required) {
    const local = read(key);
    const propertySchema = properties[key];
    if (propertySchema !== undefined && readsNothing(propertySchema) && rejectsUndefined(propertySchema)) {
      // The value's own check first: it rejects a missing (undefined) value, and is cheaper than the own test.
      statements.push(...scope.check(propertySchema, local));
      if (key !== ownTestedByVariant) statements.push(failIf(not(isOwnKey(value, key, plain))));
      checkedEarly.add(key);
    } else statements.push(failIf(not(isPresent(local, value, key, plain))));
  }
  // From here on, a required property is known to be there.
  const present = new Set(required);
  if (schema.additionalProperties !== undefined) {
    plainNeededFromHere();
    statements.push(...additionalPropertiesCheck(scope, schema.additionalProperties as JsonSchema | boolean, Object.keys(properties), value, plain));
  }
  for (const [key, dependent] of Object.entries((schema.dependencies ?? {}) as Record<string, JsonSchema>)) {
    // read() marks where `plain` is declared: before the dependent schema's checks, which are of this object too.
    const local = read(key);
    const checks = scope.check(dependent, value);
    if (present.has(key)) statements.push(...checks);
    else statements.push(ifThen(isPresent(local, value, key, plain), checks));
  }
  for (const [key, propertySchema] of Object.entries(properties)) {
    if (!constrains(propertySchema) || checkedEarly.has(key)) continue;
    const local = read(key);
    const checks = scope.check(propertySchema, local);
    if (present.has(key)) statements.push(...checks);
    else statements.push(ifThen(isPresent(local, value, key, plain), checks));
  }
  if (schema.discriminator) statements.push(discriminatorDispatch(scope, schema, value, locals));
  else if (schema.oneOf) throw new Error("guard code: oneOf without discriminator is not supported");
  if (declaresPlain) statements.splice(plainAt ?? 0, 0, ...scope.plainDeclaration());
  return statements;
}

/** `type`, `const` and `enum` only admit JSON values, so their own checks already reject a missing property. */
function rejectsUndefined(schema: JsonSchema): boolean {
  return schema.type !== undefined || schema.const !== undefined || Array.isArray(schema.enum);
}

/** Keywords whose checks read no property of anything and call no other guard. */
const READ_FREE: ReadonlySet<string> = new Set(["const", "enum", ...NUMBER_KEYWORDS, ...STRING_KEYWORDS]);

/**
 * Whether checking a value against `schema` reads nothing and cannot throw: a type
 * other than object or array (`typeof` and `Number.isInteger` ask the value nothing;
 * `Array.isArray` throws on a revoked proxy), and keywords about scalars only.
 */
function readsNothing(schema: JsonSchema): boolean {
  const types = schema.type === undefined ? [] : ([] as unknown[]).concat(schema.type);
  if (types.some((type) => type === "object" || type === "array")) return false;
  return Object.keys(schema).every((keyword) => keyword === "type" || ANNOTATIONS.has(keyword) || READ_FREE.has(keyword));
}
