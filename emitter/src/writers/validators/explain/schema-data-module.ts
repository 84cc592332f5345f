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
 */
export function schemaDataModuleSource({ schema, declarations, runtime }: SchemaDataJob): string {
  const definitions = Object.keys((schema.$defs ?? {}) as object);
  const names = new Map(definitions.map((name, index) => [name, `d${index}`]));
  const schemaOf = (node: unknown): ts.Expression => {
    if (node === null || typeof node !== "object" || Array.isArray(node)) {
      return Array.isArray(node) ? f.createArrayLiteralExpression(node.map(schemaOf)) : jsonLiteral(node);
    }
    const entries = Object.entries(node).map(([keyword, value]) =>
      f.createPropertyAssignment(f.createComputedPropertyName(str(keyword)), keyword === "$ref" ? refOf(value as string) : childOf(keyword, value)),
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
    if (keyword === "anyOf" || keyword === "oneOf") return f.createArrayLiteralExpression((value as unknown[]).map(schemaOf));
    if (keyword === "items" || keyword === "additionalProperties") return schemaOf(value);
    return jsonLiteral(value);
  };
  const refOf = (ref: string): ts.Expression => {
    const name = names.get(decodeURIComponent(ref.slice(DEFINITIONS.length)))!;
    return f.createArrowFunction(undefined, undefined, [], undefined, undefined, id(name));
  };

  const statements: ts.Statement[] = [
    f.createImportDeclaration(undefined, f.createImportClause(false, undefined, f.createNamedImports([f.createImportSpecifier(false, undefined, id(EXPLAINER))])), str(runtime)),
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

const DEFINITIONS = "#/$defs/";
const EXPLAINER = "explainAgainst";
