import { ts } from "ts-morph";
import { isIdentifierName } from "../../escape.js";

/** Small constructors over the TypeScript factory for the guard code: no code is built as text. */
const f = ts.factory;

export type Expr = ts.Expression;

export const id = (name: string): ts.Identifier => f.createIdentifier(name);
export const str = (value: string): Expr => f.createStringLiteral(value);
export const num = (value: number): Expr =>
  value < 0 ? f.createPrefixUnaryExpression(ts.SyntaxKind.MinusToken, f.createNumericLiteral(-value)) : f.createNumericLiteral(value);

export function literal(value: unknown): Expr {
  if (value === null) return f.createNull();
  if (typeof value === "string") return str(value);
  if (typeof value === "number") return num(value);
  if (typeof value === "boolean") return value ? f.createTrue() : f.createFalse();
  throw new Error(`guard code: ${typeof value} literals are not supported`);
}

/** A JSON value as a literal: `{ "a": [1, "b", null] }`. Keys are always quoted, so `__proto__` is an ordinary key here. */
export function jsonLiteral(value: unknown): Expr {
  if (Array.isArray(value)) return f.createArrayLiteralExpression(value.map(jsonLiteral));
  if (value !== null && typeof value === "object") {
    // A computed key: a quoted `"__proto__": x` in an object literal would set the prototype.
    const entries = Object.entries(value).map(([key, item]) => f.createPropertyAssignment(f.createComputedPropertyName(str(key)), jsonLiteral(item)));
    return f.createObjectLiteralExpression(entries, true);
  }
  return literal(value);
}

/** `object.key`, or `object["key"]` when the key is not an identifier. */
export function member(object: Expr, key: string): Expr {
  return isIdentifierName(key) ? f.createPropertyAccessExpression(object, key) : f.createElementAccessExpression(object, str(key));
}

export const call = (callee: Expr | string, ...args: Expr[]): Expr =>
  f.createCallExpression(typeof callee === "string" ? id(callee) : callee, undefined, args);

const binary = (left: Expr, operator: ts.BinaryOperator, right: Expr): Expr => f.createBinaryExpression(left, operator, right);
export const eq = (left: Expr, right: Expr) => binary(left, ts.SyntaxKind.EqualsEqualsEqualsToken, right);
export const ne = (left: Expr, right: Expr) => binary(left, ts.SyntaxKind.ExclamationEqualsEqualsToken, right);
export const lt = (left: Expr, right: Expr) => binary(left, ts.SyntaxKind.LessThanToken, right);
export const le = (left: Expr, right: Expr) => binary(left, ts.SyntaxKind.LessThanEqualsToken, right);
export const gt = (left: Expr, right: Expr) => binary(left, ts.SyntaxKind.GreaterThanToken, right);
export const ge = (left: Expr, right: Expr) => binary(left, ts.SyntaxKind.GreaterThanEqualsToken, right);

export function and(...operands: Expr[]): Expr {
  return operands.reduce((left, right) => binary(paren(left), ts.SyntaxKind.AmpersandAmpersandToken, paren(right)));
}

export function or(...operands: Expr[]): Expr {
  return operands.reduce((left, right) => binary(paren(left), ts.SyntaxKind.BarBarToken, paren(right)));
}

export const not = (operand: Expr): Expr => f.createLogicalNot(paren(operand));
export const typeOf = (operand: Expr, type: string): Expr => eq(f.createTypeOfExpression(operand), str(type));
export const undefinedValue = (): Expr => f.createVoidZero();

function paren(expression: Expr): Expr {
  return ts.isBinaryExpression(expression) ? f.createParenthesizedExpression(expression) : expression;
}

export const returnFalse = (): ts.Statement => f.createReturnStatement(f.createFalse());
export const returnTrue = (): ts.Statement => f.createReturnStatement(f.createTrue());

/** `if (condition) return false;` */
export const failIf = (condition: Expr): ts.Statement => f.createIfStatement(condition, returnFalse());

export const ifThen = (condition: Expr, then: ts.Statement[]): ts.Statement => f.createIfStatement(condition, f.createBlock(then, true));

export function constant(name: string, value: Expr): ts.Statement {
  return f.createVariableStatement(undefined, f.createVariableDeclarationList([f.createVariableDeclaration(name, undefined, undefined, value)], ts.NodeFlags.Const));
}

export function functionDeclaration(name: string, parameters: string | readonly string[], body: ts.Statement[]): ts.FunctionDeclaration {
  const declared = (typeof parameters === "string" ? [parameters] : parameters).map((parameter) => f.createParameterDeclaration(undefined, undefined, parameter));
  return f.createFunctionDeclaration(undefined, undefined, name, undefined, declared, undefined, f.createBlock(body, true));
}

/**
 * `for (let i = 0, n = array.length; i < n; i++) { body }`: the length is read once,
 * as AJV reads it, so a getter or proxy trap on `length` runs once.
 */
export function forEachIndex(index: string, length: string, array: Expr, body: ts.Statement[]): ts.Statement {
  return f.createForStatement(
    f.createVariableDeclarationList(
      [f.createVariableDeclaration(index, undefined, undefined, num(0)), f.createVariableDeclaration(length, undefined, undefined, member(array, "length"))],
      ts.NodeFlags.Let,
    ),
    lt(id(index), id(length)),
    f.createPostfixIncrement(id(index)),
    f.createBlock(body, true),
  );
}

/** `for (const key in object) { body }` */
export function forEachKey(key: string, object: Expr, body: ts.Statement[]): ts.Statement {
  return f.createForInStatement(f.createVariableDeclarationList([f.createVariableDeclaration(key)], ts.NodeFlags.Const), object, f.createBlock(body, true));
}

/** `for (const item of iterable) { body }` */
export function forEachOf(item: string, iterable: Expr, body: ts.Statement[]): ts.Statement {
  return f.createForOfStatement(undefined, f.createVariableDeclarationList([f.createVariableDeclaration(item)], ts.NodeFlags.Const), iterable, f.createBlock(body, true));
}

/** `if (condition) { then } else { otherwise }` */
export const ifElse = (condition: Expr, then: ts.Statement[], otherwise: ts.Statement[]): ts.Statement =>
  f.createIfStatement(condition, f.createBlock(then, true), f.createBlock(otherwise, true));

/** `continue;` */
export const continueLoop = (): ts.Statement => f.createContinueStatement();

/** `try { body } catch { fallback }` */
export function tryCatch(body: ts.Statement[], fallback: ts.Statement[]): ts.Statement {
  return f.createTryStatement(f.createBlock(body, true), f.createCatchClause(undefined, f.createBlock(fallback, true)), undefined);
}

/** `switch (subject) { case a: case b: body… default: fallback }`, one clause per group of labels. */
export function switchOn(subject: Expr, groups: { labels: Expr[]; body: ts.Statement[] }[], fallback: ts.Statement[]): ts.Statement {
  const clauses: ts.CaseOrDefaultClause[] = [];
  for (const group of groups) {
    group.labels.forEach((label, index) => clauses.push(f.createCaseClause(label, index === group.labels.length - 1 ? group.body : [])));
  }
  clauses.push(f.createDefaultClause(fallback));
  return f.createSwitchStatement(subject, f.createCaseBlock(clauses));
}

export const exportList = (names: [local: string, exported: string][]): ts.Statement =>
  f.createExportDeclaration(undefined, false, f.createNamedExports(names.map(([local, exported]) => f.createExportSpecifier(false, local === exported ? undefined : local, exported))));

const printer = ts.createPrinter({ newLine: ts.NewLineKind.LineFeed });
const printContext = ts.createSourceFile("module.js", "", ts.ScriptTarget.Latest, false, ts.ScriptKind.JS);

export function printStatements(statements: readonly ts.Statement[]): string {
  return printer.printList(ts.ListFormat.MultiLine, f.createNodeArray(statements), printContext);
}

/** One statement's source text, without the line break {@link printStatements} puts after each. */
export function printStatement(statement: ts.Statement): string {
  return printer.printNode(ts.EmitHint.Unspecified, statement, printContext);
}

export { ts };
