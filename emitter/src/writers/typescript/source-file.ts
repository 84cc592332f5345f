import { IndentationText, NewLineKind, Project, QuoteKind, type SourceFile } from "ts-morph";

/** An in-memory ts-morph file with the formatting every generated declaration file shares. */
export function createSourceFile(name: string): SourceFile {
  const project = new Project({
    useInMemoryFileSystem: true,
    manipulationSettings: { indentationText: IndentationText.TwoSpaces, newLineKind: NewLineKind.LineFeed, quoteKind: QuoteKind.Double },
  });
  return project.createSourceFile(name);
}

/** The file's text, two-space indented throughout (the TypeScript printer uses four inside type literals), ending in one newline. */
export function finalText(file: SourceFile): string {
  file.formatText({ indentSize: 2, convertTabsToSpaces: true, ensureNewLineAtEndOfFile: true });
  const text = file.getFullText();
  return text.endsWith("\n") ? text : `${text}\n`;
}
