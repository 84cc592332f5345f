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
      ? call(module.bodyName(definition), value, scope.plainArgument(value))
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
