import { validatorName } from "../../escape.js";
import type { JsonSchema } from "../../json-schema/type-schemas.js";
import { call, constant, id, jsonLiteral, printStatements, str, ts } from "../fast-path/js-ast.js";

const f = ts.factory;

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
 * AJV's standalone code: the validation schema as data, one constant per definition
 * (`const d3 = { type: "object", properties: { item: { $ref: () => d7 } } }`: a
 * reference is a function, so definitions may refer to each other in any order and a
 * bundler keeps only those an import reaches), and per declaration
 * `export function validateX(value) { return explainAgainst(validateX, d3, value); }`.
 * Every schema object is written without a prototype. Only for a schema that
 * isExplainable().
 *
 * A reference to a definition that has a guard carries it (`{ $ref: () => d7, guard: isXOrThrow }`):
 * the explainer skips a part of a rejected value that its guard accepts, so it walks
 * only the parts on the way to the failure.
 */
export function schemaDataModuleSource({ schema, declarations, runtime, guards }: SchemaDataJob): string {
  const definitions = Object.keys((schema.$defs ?? {}) as object);
  const names = new Map(definitions.map((name, index) => [name, `d${index}`]));
  // `guarded`: a reference here carries its guard. Not so for a discriminator's alternatives:
  // the one the tag picks is the one whose guard has just said no.
  const schemaOf = (node: unknown, guarded = true): ts.Expression => {
    if (node === null || typeof node !== "object" || Array.isArray(node)) {
      return Array.isArray(node) ? f.createArrayLiteralExpression(node.map((item) => schemaOf(item))) : jsonLiteral(node);
    }
    const entries = Object.entries(node).flatMap(([keyword, value]) =>
      keyword === "$ref" ? refOf(value as string, guarded) : [f.createPropertyAssignment(f.createComputedPropertyName(str(keyword)), childOf(keyword, value))],
    );
    // Without a prototype: the explainer looks keywords up by name, and a polluted
    // Object.prototype (`Object.prototype.type = …`) must not add one to a schema.
    return f.createObjectLiteralExpression([f.createPropertyAssignment("__proto__", f.createNull()), ...entries], true);
  };
  // Schemas sit below these keywords; elsewhere (`const`, `required`, `type`, `discriminator`) a value is a value.
  const childOf = (keyword: string, value: unknown): ts.Expression => {
    if (keyword === "properties" || keyword === "dependencies") {
      return f.createObjectLiteralExpression(
        Object.entries(value as object).map(([name, child]) => f.createPropertyAssignment(f.createComputedPropertyName(str(name)), schemaOf(child))),
        true,
      );
    }
    if (keyword === "anyOf" || keyword === "oneOf") return f.createArrayLiteralExpression((value as unknown[]).map((alternative) => schemaOf(alternative, keyword === "anyOf")));
    if (keyword === "items" || keyword === "additionalProperties") return schemaOf(value);
    return jsonLiteral(value);
  };
  const refOf = (ref: string, guarded: boolean): ts.PropertyAssignment[] => {
    const definition = decodeURIComponent(ref.slice(DEFINITIONS.length));
    const target = f.createPropertyAssignment(f.createComputedPropertyName(str("$ref")), f.createArrowFunction(undefined, undefined, [], undefined, undefined, id(names.get(definition)!)));
    const guard = guarded ? guards.byDefinition.get(definition) : undefined;
    return guard === undefined ? [target] : [target, f.createPropertyAssignment(GUARD, id(guard))];
  };

  const statements: ts.Statement[] = [
    namedImport([EXPLAINER], runtime),
    namedImport([...new Set(guards.byDefinition.values())].sort(), guards.module),
    ...definitions.map((name) => constant(names.get(name)!, schemaOf((schema.$defs as Record<string, unknown>)[name]))),
  ];
  for (const declaration of declarations) {
    // A function declaration, not a call at the top level: a bundler drops an unused one
    // without being told it is pure (a minified bundle loses `@__PURE__` comments).
    const self = validatorName(declaration);
    const body = f.createBlock([f.createReturnStatement(call(EXPLAINER, id(self), id(names.get(declaration)!), id("value")))], true);
    statements.push(
      f.createFunctionDeclaration([f.createModifier(ts.SyntaxKind.ExportKeyword)], undefined, self, undefined, [f.createParameterDeclaration(undefined, undefined, "value")], undefined, body),
    );
  }
  return printStatements(statements);
}

function namedImport(names: readonly string[], from: string): ts.Statement {
  const specifiers = names.map((name) => f.createImportSpecifier(false, undefined, id(name)));
  return f.createImportDeclaration(undefined, f.createImportClause(false, undefined, f.createNamedImports(specifiers)), str(from));
}

const DEFINITIONS = "#/$defs/";
/** The key of a reference's guard, read by runtime/schema-explainer.ts. */
const GUARD = "guard";
const EXPLAINER = "explainAgainst";
