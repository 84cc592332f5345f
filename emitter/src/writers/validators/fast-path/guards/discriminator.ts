import type { JsonSchema } from "../../../json-schema/type-schemas.js";
import { definitionName } from "../../../json-schema/pointers.js";
import { call, failIf, literal, not, returnFalse, switchOn, ts, type Expr } from "../js-ast.js";
import type { GuardModule } from "./guard-module.js";
import { ownValue } from "./own-property.js";

/**
 * The discriminator as a `switch`: one step to the variant, as AJV's `discriminator` keyword does.
 * `locals` holds the properties the object checks already read, by key.
 */
export function discriminatorDispatch(module: GuardModule, schema: JsonSchema, value: Expr, locals: ReadonlyMap<string, Expr>): ts.Statement {
  const tag = (schema.discriminator as { propertyName: string }).propertyName;
  const groups = (schema.oneOf as JsonSchema[]).map((branch) => {
    module.guardForRef(branch.$ref as string);
    const definition = definitionName(branch.$ref)!;
    const callee = module.isObjectDefinition(definition) ? module.bodyName(definition) : module.guardName(definition);
    return { labels: tagValues(module.definition(definition), tag).map(literal), body: [failIf(not(call(callee, value))), ts.factory.createBreakStatement()] };
  });
  // The tag was usually read into a local by the property checks above: switch on that.
  return switchOn(locals.get(tag) ?? ownValue(value, tag), groups, [returnFalse()]);
}

/** The tag values a variant accepts: its tag property's `const`, or its `enum`. */
function tagValues(variant: JsonSchema, tag: string): unknown[] {
  const tagSchema = ((variant.properties ?? {}) as Record<string, JsonSchema>)[tag] ?? {};
  return tagSchema.const !== undefined ? [tagSchema.const] : ((tagSchema.enum ?? []) as unknown[]);
}
