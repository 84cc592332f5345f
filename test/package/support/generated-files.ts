import { readFile } from "node:fs/promises";
import { join } from "node:path";
import ts from "typescript";

/** The text of files under `root`, by path, in path order. */
export async function readFiles(root: string, paths: readonly string[]): Promise<Map<string, string>> {
  const sorted = [...paths].sort();
  const contents = await Promise.all(sorted.map((path) => readFile(join(root, path), "utf8")));
  return new Map(sorted.map((path, index) => [path, contents[index]!]));
}

/**
 * Module specifiers a file loads: imports, `export … from`, `import()`, `require()`.
 * TypeScript's own pre-processor reads tokens, so code quoted inside a string (AJV's
 * bundled runtime helpers carry `.code = 'require("ajv/dist/runtime/…")'`) is not a load.
 */
export function moduleSpecifiers(code: string): string[] {
  return ts.preProcessFile(code, true, true).importedFiles.map((file) => file.fileName);
}

/**
 * References to the global `eval` or `Function`: the ways to compile a string to code that
 * a `script-src` without `unsafe-eval` blocks. Any reference counts, not only calls, so an
 * alias (`const F = Function; new F(src)`) is caught too. Property names (`x.eval`) are not references.
 */
export function stringEvaluations(code: string): string[] {
  const source = ts.createSourceFile("scanned.js", code, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node) && (node.text === "eval" || node.text === "Function") && !isPropertyName(node)) {
      found.push(code.slice(node.getStart(source), Math.min(code.length, node.end + 12)));
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** `x.eval`, `{ eval: 1 }`, `class { eval() {} }`: a name, not the global. (`{ eval }` shorthand is a reference.) */
function isPropertyName(node: ts.Identifier): boolean {
  const parent = node.parent;
  const named = ts.isPropertyAccessExpression(parent) || ts.isPropertyAssignment(parent) || ts.isMethodDeclaration(parent) || ts.isPropertyDeclaration(parent);
  return named && parent.name === node;
}
