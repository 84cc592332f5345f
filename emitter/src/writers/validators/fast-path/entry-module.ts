import { guardName, validatorName } from "../../escape.js";
import { call, id, ifThen, printStatements, returnTrue, str, ts } from "./js-ast.js";

const f = ts.factory;

/**
 * The module a validators file is bundled from, for every declaration:
 * `export function validateX(value) { if (isX(value)) { validateX.errors = null; return true; } return explainRejection(validateX, explainX, value); }`
 * and `export { isX }`.
 */
export function entryModuleSource(declarations: readonly string[], modules: { explain: string; guards: string; runtime: string }): string {
  const statements: ts.Statement[] = [
    namespaceImport("explain", modules.explain),
    namespaceImport("guards", modules.guards),
    f.createImportDeclaration(
      undefined,
      f.createImportClause(false, undefined, f.createNamedImports([f.createImportSpecifier(false, undefined, id(RUNNER))])),
      str(modules.runtime),
    ),
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

const RUNNER = "explainRejection";

function namespaceImport(local: string, from: string): ts.Statement {
  return f.createImportDeclaration(undefined, f.createImportClause(false, undefined, f.createNamespaceImport(id(local))), str(from));
}
