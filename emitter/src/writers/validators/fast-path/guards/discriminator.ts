import type { JsonSchema } from "../../../json-schema/type-schemas.js";
import { definitionName } from "../../../json-schema/pointers.js";
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
 * The tag of `schema`'s discriminator when every variant it dispatches to is an object
 * definition that requires the tag itself: then the variant's body tests that the tag is
 * the object's own, and the union's body need not (a tag that is not own fails there,
 * as AJV's `required` fails here). Undefined when any variant does not.
 */
export function tagCheckedByVariants(scope: FunctionScope, schema: JsonSchema): string | undefined {
  if (!schema.discriminator || !Array.isArray(schema.oneOf)) return undefined;
  const tag = (schema.discriminator as { propertyName: string }).propertyName;
  const { module } = scope;
  const checked = (schema.oneOf as JsonSchema[]).every((branch) => {
    const definition = typeof branch.$ref === "string" ? definitionName(branch.$ref) : undefined;
    return definition !== undefined && module.isObjectDefinition(definition) && ((module.definition(definition).required ?? []) as string[]).includes(tag);
  });
  return checked ? tag : undefined;
}
