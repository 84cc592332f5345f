import ts from "typescript";

export interface CheckFile {
  readonly fileName: string;
  readonly text: string;
}

/** A diagnostic in a check file, attributed to the type alias (the assertion) it fell in, if any. */
export interface CheckDiagnostic {
  readonly fileName: string;
  readonly alias: string | undefined;
  readonly message: string;
}

/** The workspace's settings (tsconfig.json), so the checks see the types as a consumer's tsc does. */
const OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2023,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  strict: true,
  noEmit: true,
  skipLibCheck: true,
  types: [],
};

/**
 * Type-checks the check files in one program: they exist only in memory (no stray
 * files when a run is interrupted), everything they import comes from disk. One
 * program shares the parsed `openai` and generated declarations between all files.
 */
export function checkFiles(files: readonly CheckFile[]): CheckDiagnostic[] {
  const virtual = new Map(files.map((file) => [file.fileName, file.text]));
  const host = ts.createCompilerHost(OPTIONS, true);
  const readFromDisk = host.getSourceFile.bind(host);
  host.getSourceFile = (fileName, languageVersion, onError, shouldCreate) => {
    const text = virtual.get(fileName);
    return text === undefined ? readFromDisk(fileName, languageVersion, onError, shouldCreate) : ts.createSourceFile(fileName, text, languageVersion, true);
  };
  host.fileExists = (fileName) => virtual.has(fileName) || ts.sys.fileExists(fileName);
  host.readFile = (fileName) => virtual.get(fileName) ?? ts.sys.readFile(fileName);
  const program = ts.createProgram({ rootNames: [...virtual.keys()], options: OPTIONS, host });
  return files.flatMap((file) => {
    const source = program.getSourceFile(file.fileName);
    if (!source) return [{ fileName: file.fileName, alias: undefined, message: "not part of the program" }];
    return [...program.getSyntacticDiagnostics(source), ...program.getSemanticDiagnostics(source)].map((diagnostic) => ({
      fileName: file.fileName,
      alias: enclosingAlias(source, diagnostic.start ?? -1),
      message: ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n"),
    }));
  });
}

function enclosingAlias(source: ts.SourceFile, position: number): string | undefined {
  const statement = source.statements.find((node) => node.getStart(source) <= position && position < node.getEnd());
  return statement && ts.isTypeAliasDeclaration(statement) ? statement.name.text : undefined;
}
