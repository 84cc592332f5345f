import { ts } from "ts-morph";
import { printIndented } from "./print.js";

/** One top-level statement of a generated declaration file, printed. */
export interface PrintedStatement {
  readonly text: string;
  /** Whether it stands apart with a blank line before and after (interfaces do; imports, constants and type aliases follow each other). */
  readonly spaced: boolean;
}

/** A statement from the factory, printed with its JSDoc. */
export function printedStatement(node: ts.Statement): PrintedStatement {
  return { text: printIndented(node), spaced: ts.isInterfaceDeclaration(node) };
}

/** Unions longer than this are written one member per line, so a spec change shows as a one-line diff. */
const INLINE_UNION_LIMIT = 4;

/**
 * `export type Name = A | B;`, or for a long union `| A` on a line of its own per
 * member. The printer keeps a union on one line, so the long form is laid out here,
 * each member still printed from its node. The alias's JSDoc is printed with it.
 */
export function printedTypeAlias(alias: ts.TypeAliasDeclaration): PrintedStatement {
  const { type } = alias;
  if (!ts.isUnionTypeNode(type) || type.types.length <= INLINE_UNION_LIMIT) return printedStatement(alias);
  // The declaration with the type `never` gives the JSDoc and the `export type Name =` line.
  const never = ts.factory.createKeywordTypeNode(ts.SyntaxKind.NeverKeyword);
  const head = printIndented(ts.factory.updateTypeAliasDeclaration(alias, alias.modifiers, alias.name, alias.typeParameters, never));
  const opening = head.slice(0, -" never;".length);
  const members = type.types.map((member) => `  | ${printIndented(member).replace(/\n/g, "\n  ")}`);
  return { text: `${opening}\n${members.join("\n")};`, spaced: false };
}

/** The file: its header line, then the statements, a blank line around those that stand apart; LF line ends and a final newline. */
export function declarationFile(header: string, statements: readonly PrintedStatement[]): string {
  let text = header;
  let previousSpaced = false;
  for (const statement of statements) {
    text += statement.spaced || previousSpaced ? `\n\n${statement.text}` : `\n${statement.text}`;
    previousSpaced = statement.spaced;
  }
  return `${text}\n`;
}
