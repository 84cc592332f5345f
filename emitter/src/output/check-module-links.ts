import { NoTarget, type Program } from "@typespec/compiler";
import { posix } from "node:path";
import { ts } from "ts-morph";
import { reportDiagnostic } from "../lib.js";
import type { OutputFile } from "./output-files.js";

/** One `import … from` or `export … from` of a module: the specifier and the names it takes from there. */
interface ModuleLink {
  readonly specifier: string;
  readonly names: readonly string[];
}

/**
 * Checks that every relative import of the template modules (`.js`, `.d.ts`) finds
 * its file among the outputs and every name it imports among that file's exports;
 * returns whether all do, after reporting each that does not. A template written for
 * one spec (importing `validateClientEvent`) would otherwise compile into a package
 * that fails on import for a spec without a `ClientEvent`. Generated modules declare
 * their exports (see OutputFile.exports); template modules are read. Any other import
 * (`ajv`) is unresolved: the package has no dependencies to find it in; only Node's own
 * modules (`node:fs`) are taken as there.
 */
export function checkModuleLinks(program: Program, files: readonly OutputFile[]): boolean {
  const linker = new ModuleLinker(files);
  let linked = true;
  for (const file of files) {
    if (file.exports !== undefined || !isModule(file.path)) continue;
    const seen = new Set<string>();
    for (const link of linksOf(linker.parsed(file))) {
      // Node's own modules are there wherever the package runs under Node (a command-line tool's imports).
      if (link.specifier.startsWith("node:")) continue;
      // `import { a }` and `export { b }` from one missing file are one problem.
      if (seen.has(link.specifier) && !linker.resolve(file.path, link.specifier)) continue;
      seen.add(link.specifier);
      const target = linker.resolve(file.path, link.specifier);
      const origin = capitalized(file.origin);
      if (!target) {
        reportDiagnostic(program, { code: "unresolved-template-import", format: { origin, path: file.path, specifier: link.specifier, name: "" }, target: NoTarget });
        linked = false;
        continue;
      }
      const exported = linker.exportsOf(target);
      for (const name of link.names.filter((name) => !exported.has(name))) {
        const format = { origin, path: file.path, specifier: link.specifier, name };
        reportDiagnostic(program, { code: "unresolved-template-import", messageId: "export", format, target: NoTarget });
        linked = false;
      }
    }
  }
  return linked;
}

class ModuleLinker {
  private readonly byPath: ReadonlyMap<string, OutputFile>;
  private readonly exports = new Map<string, Set<string>>();
  private readonly sources = new Map<string, ts.SourceFile>();

  constructor(files: readonly OutputFile[]) {
    this.byPath = new Map(files.map((file) => [posix.normalize(file.path), file]));
  }

  /** The file a relative specifier names; from a declaration file, `./x.js` names `x.d.ts`, as TypeScript reads it. */
  resolve(from: string, specifier: string): OutputFile | undefined {
    if (!specifier.startsWith("./") && !specifier.startsWith("../")) return undefined;
    const path = posix.normalize(posix.join(posix.dirname(from), specifier));
    const declarations = from.endsWith(".d.ts") && path.endsWith(".js") ? [path.replace(/\.js$/, ".d.ts")] : [];
    return [...declarations, path].map((candidate) => this.byPath.get(candidate)).find(Boolean);
  }

  /** A template module's syntax tree, parsed once: a module is read for its own imports and for what it exports to others. */
  parsed(file: OutputFile): ts.SourceFile {
    let source = this.sources.get(file.path);
    if (source === undefined) this.sources.set(file.path, (source = parse(file)));
    return source;
  }

  /** The names a module exports, following `export * from` (a cycle contributes nothing twice). */
  exportsOf(file: OutputFile): ReadonlySet<string> {
    const known = this.exports.get(file.path);
    if (known) return known;
    // A JSON module (`import data from "./x.json" with { type: "json" }`) has its value as its default export.
    const names = new Set<string>(file.exports ?? (file.path.endsWith(".json") ? ["default"] : []));
    this.exports.set(file.path, names);
    if (file.exports !== undefined || !isModule(file.path)) return names;
    for (const statement of this.parsed(file).statements) {
      for (const name of declaredExports(statement)) names.add(name);
      if (ts.isExportDeclaration(statement) && !statement.exportClause && statement.moduleSpecifier && ts.isStringLiteral(statement.moduleSpecifier)) {
        const target = this.resolve(file.path, statement.moduleSpecifier.text);
        // `export *` never re-exports a default export.
        if (target) for (const name of this.exportsOf(target)) if (name !== "default") names.add(name);
      }
    }
    return names;
  }
}

function isModule(path: string): boolean {
  return path.endsWith(".js") || path.endsWith(".d.ts");
}

function parse(file: OutputFile): ts.SourceFile {
  const kind = file.path.endsWith(".d.ts") ? ts.ScriptKind.TS : ts.ScriptKind.JS;
  return ts.createSourceFile(file.path, file.content, ts.ScriptTarget.Latest, false, kind);
}

function linksOf(source: ts.SourceFile): ModuleLink[] {
  const links: ModuleLink[] = [];
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement) && ts.isStringLiteral(statement.moduleSpecifier)) {
      const clause = statement.importClause;
      const names = [...(clause?.name ? ["default"] : []), ...(clause?.namedBindings && ts.isNamedImports(clause.namedBindings) ? clause.namedBindings.elements.map(importedName) : [])];
      links.push({ specifier: statement.moduleSpecifier.text, names });
    } else if (ts.isExportDeclaration(statement) && statement.moduleSpecifier && ts.isStringLiteral(statement.moduleSpecifier)) {
      const names = statement.exportClause && ts.isNamedExports(statement.exportClause) ? statement.exportClause.elements.map(importedName) : [];
      links.push({ specifier: statement.moduleSpecifier.text, names });
    }
  }
  return links;
}

/** The name taken from the other module: `a` in `import { a as b }` and `export { a as b } from`. */
function importedName(element: ts.ImportSpecifier | ts.ExportSpecifier): string {
  return (element.propertyName ?? element.name).text;
}

/** Names a statement exports by itself: `export const a`, `export function f`, `export interface I`, `export { a as b }`, `export default`. */
function declaredExports(statement: ts.Statement): string[] {
  if (ts.isExportAssignment(statement)) return ["default"];
  if (ts.isExportDeclaration(statement)) {
    const clause = statement.exportClause;
    if (!clause) return [];
    return ts.isNamedExports(clause) ? clause.elements.map((element) => element.name.text) : [clause.name.text];
  }
  const modifiers = ts.canHaveModifiers(statement) ? ts.getModifiers(statement) ?? [] : [];
  if (!modifiers.some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword)) return [];
  if (modifiers.some((modifier) => modifier.kind === ts.SyntaxKind.DefaultKeyword)) return ["default"];
  if (ts.isVariableStatement(statement)) return statement.declarationList.declarations.flatMap((declaration) => (ts.isIdentifier(declaration.name) ? [declaration.name.text] : []));
  const named = statement as ts.Statement & { name?: ts.Node };
  return named.name && (ts.isIdentifier(named.name) || ts.isStringLiteral(named.name)) ? [named.name.text] : [];
}

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
