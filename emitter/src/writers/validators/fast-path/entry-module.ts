import { guardName, validatorName } from "../../escape.js";
import { call, id, printStatements, str, ts } from "./js-ast.js";

const f = ts.factory;

/**
 * The module a validators file is bundled from:
 * `export const validateX = withFastPath(isX, explainX)` and `export { isX }` for
 * every declaration.
 */
export function entryModuleSource(declarations: readonly string[], modules: { explain: string; guards: string; runtime: string }): string {
  const statements: ts.Statement[] = [
    namespaceImport("explain", modules.explain),
    namespaceImport("guards", modules.guards),
    f.createImportDeclaration(
      undefined,
      f.createImportClause(false, undefined, f.createNamedImports([f.createImportSpecifier(false, undefined, id("withFastPath"))])),
      str(modules.runtime),
    ),
  ];
  for (const name of declarations) {
    const guard = f.createPropertyAccessExpression(id("guards"), guardName(name));
    const explain = f.createPropertyAccessExpression(id("explain"), validatorName(name));
    statements.push(
      f.createVariableStatement(
        [f.createModifier(ts.SyntaxKind.ExportKeyword)],
        f.createVariableDeclarationList([f.createVariableDeclaration(validatorName(name), undefined, undefined, call("withFastPath", guard, explain))], ts.NodeFlags.Const),
      ),
    );
  }
  statements.push(f.createExportDeclaration(undefined, false, f.createNamedExports(declarations.map((name) => f.createExportSpecifier(false, undefined, guardName(name)))), str(modules.guards)));
  return printStatements(statements);
}

function namespaceImport(local: string, from: string): ts.Statement {
  return f.createImportDeclaration(undefined, f.createImportClause(false, undefined, f.createNamespaceImport(id(local))), str(from));
}
