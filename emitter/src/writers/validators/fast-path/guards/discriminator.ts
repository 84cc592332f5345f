import type { JsonSchema } from "../../../json-schema/type-schemas.js";
import { definitionName } from "../../../json-schema/pointers.js";
import { constrains } from "../../annotations.js";
import { breakOut, call, failIf, literal, not, returnFalse, switchOn, type Expr, type Statement } from "../js-ast.js";
import type { FunctionScope } from "./function-scope.js";
import { readProperty } from "./own-property.js";

/**
 * The discriminator as a `switch`: one step to the variant, as AJV's `discriminator` keyword does.
 * `locals` holds the properties the object checks already read, by key: the tag is
 * required, so it was read and found present there. AJV reads an unread tag without an
 * own-property test, and so does this.
 */
export function discriminatorDispatch(scope: FunctionScope, schema: JsonSchema, value: Expr, locals: ReadonlyMap<string, Expr>): Statement {
  const { module } = scope;
  const tag = (schema.discriminator as { propertyName: string }).propertyName;
  const groups = (schema.oneOf as JsonSchema[]).map((branch) => {
    module.guardForRef(branch.$ref as string);
    const definition = definitionName(branch.$ref)!;
    const check = module.isObjectDefinition(definition)
      ? call(module.bodyName(definition), value)
      : call(module.guardName(definition), value);
    return { labels: tagValues(module.definition(definition), tag).map(literal), body: [failIf(not(check)), breakOut()] };
  });
  return switchOn(locals.get(tag) ?? readProperty(value, tag), groups, [returnFalse()]);
}

/** The tag values a variant accepts: its tag property's `const`, or its `enum`. */
function tagValues(variant: JsonSchema, tag: string): unknown[] {
  const tagSchema = ((variant.properties ?? {}) as Record<string, JsonSchema>)[tag] ?? {};
  return tagSchema.const !== undefined ? [tagSchema.const] : ((tagSchema.enum ?? []) as unknown[]);
}

/**
 * The tag of `schema`'s discriminator when the own-property test of it can be left to
 * the variant: a tag that is not the object's own must then fail there before anything
 * else is read, as AJV's `required` fails here first (a getter or proxy trap read
 * earlier could throw where AJV answers). So the union's body reads nothing after the
 * tag (the tag is its last required key, and it has no other constrained property, no
 * `additionalProperties`, no `dependencies`), and every variant is an object definition
 * whose first required key is the tag. Undefined otherwise.
 */
export function tagCheckedByVariants(scope: FunctionScope, schema: JsonSchema): string | undefined {
  if (!schema.discriminator || !Array.isArray(schema.oneOf)) return undefined;
  const tag = (schema.discriminator as { propertyName: string }).propertyName;
  if (!readsNothingAfter(schema, tag)) return undefined;
  const { module } = scope;
  const checked = (schema.oneOf as JsonSchema[]).every((branch) => {
    const definition = typeof branch.$ref === "string" ? definitionName(branch.$ref) : undefined;
    return definition !== undefined && module.isObjectDefinition(definition) && ((module.definition(definition).required ?? []) as string[])[0] === tag;
  });
  return checked ? tag : undefined;
}

/** Whether an object body for `schema` reads nothing once it has read `tag`, up to its discriminator. */
function readsNothingAfter(schema: JsonSchema, tag: string): boolean {
  const required = (schema.required ?? []) as string[];
  const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
  return (
    required.at(-1) === tag &&
    schema.additionalProperties === undefined &&
    schema.dependencies === undefined &&
    Object.entries(properties).every(([key, property]) => key === tag || !constrains(property))
  );
}
