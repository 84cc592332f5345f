import { guardName, validatorName } from "../../escape.js";
import type { AllowedByPlace } from "../allowed-values.js";
import { call, constant, id, ifThen, jsonLiteral, printStatements, returnTrue, str, ts } from "./js-ast.js";

const f = ts.factory;

/** What the entry module is built from besides the declarations. */
export interface EntryModuleParts {
  /** Specifiers of the AJV module, the guards module, the runtime (explain-rejection.ts) and strict mode's "did you mean" (misspelt-property.ts). */
  modules: { explain: string; guards: string; runtime: string; misspelt: string };
  /** What merged alternatives allow, by AJV `schemaPath` and keyword value (allowed-values.ts). */
  allowed: AllowedByPlace;
  /**
   * Strict mode only (where unknown keys are rejected): every property name of the schema,
   * sorted, where "did you mean" looks for a misspelt key's name. Absent, the module has no
   * "did you mean" code.
   */
  knownNames?: readonly string[];
}

/**
 * The module a validators file is bundled from:
 * `const explainRejection = rejectionExplainer({ allowed: {…} });` (in strict mode with
 * `misspelt: misspeltKeyFinder([…names])`), then for every declaration
 * `export function validateX(value) { if (isX(value)) { validateX.errors = null; return true; } return explainRejection(validateX, explainX, value); }`
 * and `export { isX }`.
 */
export function entryModuleSource(declarations: readonly string[], { modules, allowed, knownNames }: EntryModuleParts): string {
  const options = f.createObjectLiteralExpression(
    [
      f.createPropertyAssignment("allowed", jsonLiteral(allowed)),
      ...(knownNames ? [f.createPropertyAssignment("misspelt", call(MISSPELT_FACTORY, jsonLiteral(knownNames)))] : []),
    ],
    true,
  );
  const statements: ts.Statement[] = [
    namespaceImport("explain", modules.explain),
    namespaceImport("guards", modules.guards),
    namedImport(FACTORY, modules.runtime),
    ...(knownNames ? [namedImport(MISSPELT_FACTORY, modules.misspelt)] : []),
    constant(RUNNER, call(FACTORY, options)),
  ];
  for (const name of declarations) {
    const self = id(validatorName(name));
    const guard = f.createPropertyAccessExpression(id("guards"), guardName(name));
    const explain = f.createPropertyAccessExpression(id("explain"), validatorName(name));
    const clearErrors = f.createExpressionStatement(f.createAssignment(f.createPropertyAccessExpression(self, "errors"), f.createNull()));
    const body = f.createBlock([ifThen(call(guard, id("value")), [clearErrors, returnTrue()]), f.createReturnStatement(call(RUNNER, self, explain, id("value")))], true);
    statements.push(
      f.createFunctionDeclaration([f.createModifier(ts.SyntaxKind.ExportKeyword)], undefined, validatorName(name), undefined, [f.createParameterDeclaration(undefined, undefined, "value")], undefined, body),
    );
  }
  statements.push(f.createExportDeclaration(undefined, false, f.createNamedExports(declarations.map((name) => f.createExportSpecifier(false, undefined, guardName(name)))), str(modules.guards)));
  return printStatements(statements);
}

const FACTORY = "rejectionExplainer";
const MISSPELT_FACTORY = "misspeltKeyFinder";
const RUNNER = "explainRejection";

function namedImport(name: string, from: string): ts.Statement {
  return f.createImportDeclaration(undefined, f.createImportClause(false, undefined, f.createNamedImports([f.createImportSpecifier(false, undefined, id(name))])), str(from));
}

function namespaceImport(local: string, from: string): ts.Statement {
  return f.createImportDeclaration(undefined, f.createImportClause(false, undefined, f.createNamespaceImport(id(local))), str(from));
}
