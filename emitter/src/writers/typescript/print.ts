import { ts } from "ts-morph";

/**
 * The TypeScript printer, the one way declaration files are written: nodes from the
 * factory in, text out. It indents by four spaces; generated files use two, so
 * {@link printIndented} halves the indentation it wrote.
 */
const printer = ts.createPrinter({ newLine: ts.NewLineKind.LineFeed, removeComments: false });
const printContext = ts.createSourceFile("print.d.ts", "", ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);

/** Source text of a node as the printer writes it (four-space indentation inside). */
export function printNode(node: ts.Node): string {
  return printer.printNode(ts.EmitHint.Unspecified, node, printContext);
}

/** Source text of a node with two-space indentation, its comments included. */
export function printIndented(node: ts.Node): string {
  return halveIndentation(printNode(node));
}

/**
 * Every line's leading run of printer indentation (whole groups of four spaces) halved;
 * what follows it (the one space before a JSDoc continuation's `*`) is kept. Declaration
 * files hold no multi-line strings or templates, so leading spaces are always the printer's.
 */
function halveIndentation(text: string): string {
  return text.replace(/^((?: {4})+)/gm, (indent) => " ".repeat(indent.length / 2));
}
