import { validatorName } from "../../escape.js";
import type { JsonSchema } from "../../json-schema/type-schemas.js";
import { array, call, constant, exportedFunction, id, jsonLiteral, namedImport, nullValue, object, printStatements, property, returnValue, thunk, type Expr, type Property, type Statement } from "../fast-path/js-ast.js";

/** What the explaining module is built from: the validation schema, the declarations to export a validator for, and where the explainer is. */
export interface SchemaDataJob {
  readonly schema: JsonSchema;
  readonly declarations: readonly string[];
  /** Specifier of runtime/schema-explainer.js. */
  readonly runtime: string;
  /** Where the guards module is and which of its exports is the guard of a definition, by definition name (each one that may throw). */
  readonly guards: { readonly module: string; readonly byDefinition: ReadonlyMap<string, string> };
}

/**
 * The module that explains rejections with runtime/schema-explainer.ts, in place of
 * AJV's standalone code: the validation schema as data, one function per definition
 * that builds it (`const d3 = () => ({ type: "object", properties: { item: { $ref: d7 } } })`:
 * loading the module builds no schema, only a rejection does, which keeps start-up to
 * parsing; definitions may refer to each other in any order; a bundler keeps only those
 * an import reaches), and per declaration
 * `export function validateX(value) { return explainAgainst(validateX, d3, value); }`.
 * Every schema object is written without a prototype. Only for a schema that
 * isExplainable().
 *
 * A reference to a definition that has a guard carries it (`{ $ref: d7, guard: isXOrThrow }`):
 * the explainer skips a part of a rejected value that its guard accepts, so it walks
 * only the parts on the way to the failure.
 */
export function schemaDataModuleSource({ schema, declarations, runtime, guards }: SchemaDataJob): string {
  const definitions = Object.keys((schema.$defs ?? {}) as object);
  const names = new Map(definitions.map((name, index) => [name, `d${index}`]));
  // `guarded`: a reference here carries its guard. Not so for a discriminator's alternatives:
  // the one the tag picks is the one whose guard has just said no.
  const schemaOf = (node: unknown, guarded = true): Expr => {
    if (node === null || typeof node !== "object" || Array.isArray(node)) {
      return Array.isArray(node) ? array(node.map((item) => schemaOf(item))) : jsonLiteral(node);
    }
    const entries = Object.entries(node).flatMap(([keyword, value]) =>
      keyword === "$ref" ? refOf(value as string, guarded) : [property(keyword, childOf(keyword, value), { computed: true })],
    );
    // Without a prototype: the explainer looks keywords up by name, and a polluted
    // Object.prototype (`Object.prototype.type = …`) must not add one to a schema.
    return object([property("__proto__", nullValue()), ...entries]);
  };
  // Schemas sit below these keywords; elsewhere (`const`, `required`, `type`, `discriminator`) a value is a value.
  const childOf = (keyword: string, value: unknown): Expr => {
    if (keyword === "properties" || keyword === "dependencies") {
      return object(Object.entries(value as object).map(([name, child]) => property(name, schemaOf(child), { computed: true })));
    }
    if (keyword === "anyOf" || keyword === "oneOf") return array((value as unknown[]).map((alternative) => schemaOf(alternative, keyword === "anyOf")));
    if (keyword === "items" || keyword === "additionalProperties") return schemaOf(value);
    return jsonLiteral(value);
  };
  const refOf = (ref: string, guarded: boolean): Property[] => {
    const definition = decodeURIComponent(ref.slice(DEFINITIONS.length));
    const target = property("$ref", id(names.get(definition)!), { computed: true });
    const guard = guarded ? guards.byDefinition.get(definition) : undefined;
    return guard === undefined ? [target] : [target, property(GUARD, id(guard))];
  };

  const statements: Statement[] = [
    namedImport([EXPLAINER], runtime),
    namedImport([...new Set(guards.byDefinition.values())].sort(), guards.module),
    ...definitions.map((name) => constant(names.get(name)!, thunk(schemaOf((schema.$defs as Record<string, unknown>)[name])))),
  ];
  for (const declaration of declarations) {
    // A function declaration, not a call at the top level: a bundler drops an unused one
    // without being told it is pure (a minified bundle loses `@__PURE__` comments).
    const self = validatorName(declaration);
    statements.push(exportedFunction(self, "value", [returnValue(call(EXPLAINER, id(self), id(names.get(declaration)!), id("value")))]));
  }
  return printStatements(statements);
}

const DEFINITIONS = "#/$defs/";
/** The key of a reference's guard, read by runtime/schema-explainer.ts. */
const GUARD = "guard";
const EXPLAINER = "explainAgainst";
