import { generate } from "astring";
import type * as es from "estree";
import { isIdentifierName } from "../../escape.js";

/**
 * Small constructors of ESTree nodes for the generated JavaScript (guards, the schema
 * as data, the entry module), printed by astring: no code is built as text. ESTree and
 * astring rather than the TypeScript factory and printer: this is plain JavaScript that
 * esbuild parses and minifies right after, and astring prints it several times faster,
 * which is most of an emit's time for these modules. Parentheses follow from the tree
 * (astring adds them where precedence needs them).
 */

export type Expr = es.Expression;
export type Statement = es.Statement | es.ModuleDeclaration;
export type Property = es.Property;

export const id = (name: string): es.Identifier => ({ type: "Identifier", name });
export const str = (value: string): es.SimpleLiteral => ({ type: "Literal", value });
export const nullValue = (): Expr => ({ type: "Literal", value: null });
const bool = (value: boolean): Expr => ({ type: "Literal", value });

/** A number; a negative one as `-n`, as a literal cannot be negative. */
export function num(value: number): Expr {
  if (!Number.isFinite(value)) throw new Error(`generated code: ${value} is not a finite number`);
  if (value < 0) return { type: "UnaryExpression", operator: "-", prefix: true, argument: num(-value) };
  return { type: "Literal", value, raw: String(value) };
}

export function literal(value: unknown): Expr {
  if (value === null) return nullValue();
  if (typeof value === "string") return str(value);
  if (typeof value === "number") return num(value);
  if (typeof value === "boolean") return bool(value);
  throw new Error(`generated code: ${typeof value} literals are not supported`);
}

/** A JSON value as a literal: `{ ["a"]: [1, "b", null] }`. */
export function jsonLiteral(value: unknown): Expr {
  if (Array.isArray(value)) return array(value.map(jsonLiteral));
  if (value !== null && typeof value === "object") {
    // A computed key: a quoted `"__proto__": x` in an object literal would set the prototype.
    return object(Object.entries(value).map(([key, item]) => property(key, jsonLiteral(item), { computed: true })));
  }
  return literal(value);
}

export const array = (elements: Expr[]): Expr => ({ type: "ArrayExpression", elements });
export const object = (properties: Property[]): Expr => ({ type: "ObjectExpression", properties });

/** `key: value`, or with `computed`, `["key"]: value` (any text, `__proto__` included, is then an ordinary key). */
export function property(key: string, value: Expr, { computed = false } = {}): Property {
  return { type: "Property", key: computed ? str(key) : id(key), value, kind: "init", computed, method: false, shorthand: false };
}

/** `() => body` */
export const thunk = (body: Expr): Expr => ({ type: "ArrowFunctionExpression", params: [], body, expression: true });

/** `object.key`, or `object["key"]` when the key is not an identifier. */
export function member(object: Expr, key: string): Expr {
  return isIdentifierName(key) ? { type: "MemberExpression", object, property: id(key), computed: false, optional: false } : element(object, str(key));
}

/** `object[key]` */
export const element = (object: Expr, key: Expr): Expr => ({ type: "MemberExpression", object, property: key, computed: true, optional: false });

export const call = (callee: Expr | string, ...args: Expr[]): Expr => ({
  type: "CallExpression",
  callee: typeof callee === "string" ? id(callee) : callee,
  arguments: args,
  optional: false,
});

export const construct = (callee: string, ...args: Expr[]): Expr => ({ type: "NewExpression", callee: id(callee), arguments: args });

export const binary = (left: Expr, operator: es.BinaryOperator, right: Expr): Expr => ({ type: "BinaryExpression", operator, left, right });
export const eq = (left: Expr, right: Expr) => binary(left, "===", right);
export const ne = (left: Expr, right: Expr) => binary(left, "!==", right);
export const lt = (left: Expr, right: Expr) => binary(left, "<", right);
export const le = (left: Expr, right: Expr) => binary(left, "<=", right);
export const gt = (left: Expr, right: Expr) => binary(left, ">", right);
export const ge = (left: Expr, right: Expr) => binary(left, ">=", right);

const logical = (operator: es.LogicalOperator) => (...operands: Expr[]): Expr =>
  operands.reduce((left, right) => ({ type: "LogicalExpression", operator, left, right }));
export const and = logical("&&");
export const or = logical("||");

export const not = (argument: Expr): Expr => ({ type: "UnaryExpression", operator: "!", prefix: true, argument });
export const typeOf = (operand: Expr, type: string): Expr => eq({ type: "UnaryExpression", operator: "typeof", prefix: true, argument: operand }, str(type));
export const undefinedValue = (): Expr => ({ type: "UnaryExpression", operator: "void", prefix: true, argument: num(0) });

export const returnValue = (argument: Expr): Statement => ({ type: "ReturnStatement", argument });
export const returnFalse = (): Statement => returnValue(bool(false));
export const returnTrue = (): Statement => returnValue(bool(true));
const expressionStatement = (expression: Expr): Statement => ({ type: "ExpressionStatement", expression });
/** `target = value;`, where `target` is a name or a member (`validate.errors`). */
export const assign = (target: Expr, value: Expr): Statement =>
  expressionStatement({ type: "AssignmentExpression", operator: "=", left: target as es.Identifier | es.MemberExpression, right: value });

const block = (body: Statement[]): es.BlockStatement => ({ type: "BlockStatement", body: body as es.Statement[] });

/** `if (condition) return false;` */
export const failIf = (test: Expr): Statement => ({ type: "IfStatement", test, consequent: returnFalse() as es.Statement, alternate: null });

export const ifThen = (test: Expr, then: Statement[]): Statement => ({ type: "IfStatement", test, consequent: block(then), alternate: null });

/** `if (condition) { then } else { otherwise }` */
export const ifElse = (test: Expr, then: Statement[], otherwise: Statement[]): Statement => ({ type: "IfStatement", test, consequent: block(then), alternate: block(otherwise) });

const declare = (kind: "const" | "let", declarations: [name: string, value?: Expr][]): es.VariableDeclaration => ({
  type: "VariableDeclaration",
  kind,
  declarations: declarations.map(([name, init]) => ({ type: "VariableDeclarator", id: id(name), init: init ?? null })),
});

export const constant = (name: string, value: Expr): Statement => declare("const", [[name, value]]);

export function functionDeclaration(name: string, parameters: string | readonly string[], body: Statement[]): es.FunctionDeclaration {
  const params = (typeof parameters === "string" ? [parameters] : parameters).map(id);
  return { type: "FunctionDeclaration", id: id(name), params, body: block(body), generator: false, async: false };
}

/** `export function name(…) { body }` */
export const exportedFunction = (name: string, parameters: string | readonly string[], body: Statement[]): Statement => ({
  type: "ExportNamedDeclaration",
  declaration: functionDeclaration(name, parameters, body),
  specifiers: [],
  source: null,
  attributes: [],
});

/**
 * `for (let i = 0, n = array.length; i < n; i++) { body }`: the length is read once,
 * as AJV reads it, so a getter or proxy trap on `length` runs once.
 */
export function forEachIndex(index: string, length: string, array: Expr, body: Statement[]): Statement {
  return {
    type: "ForStatement",
    init: declare("let", [[index, num(0)], [length, member(array, "length")]]),
    test: lt(id(index), id(length)),
    update: { type: "UpdateExpression", operator: "++", prefix: false, argument: id(index) },
    body: block(body),
  };
}

/** `for (const key in object) { body }` */
export const forEachKey = (key: string, object: Expr, body: Statement[]): Statement => ({ type: "ForInStatement", left: declare("const", [[key]]), right: object, body: block(body) });

/** `for (const item of iterable) { body }` */
export const forEachOf = (item: string, iterable: Expr, body: Statement[]): Statement => ({
  type: "ForOfStatement",
  left: declare("const", [[item]]),
  right: iterable,
  body: block(body),
  await: false,
});

/** `continue;` */
export const continueLoop = (): Statement => ({ type: "ContinueStatement", label: null });

/** `break;` */
export const breakOut = (): Statement => ({ type: "BreakStatement", label: null });

/** `try { body } catch { fallback }` */
export const tryCatch = (body: Statement[], fallback: Statement[]): Statement => ({
  type: "TryStatement",
  block: block(body),
  handler: { type: "CatchClause", param: null, body: block(fallback) },
  finalizer: null,
});

/** `switch (subject) { case a: case b: body… default: fallback }`, one clause per group of labels. */
export function switchOn(discriminant: Expr, groups: { labels: Expr[]; body: Statement[] }[], fallback: Statement[]): Statement {
  const cases: es.SwitchCase[] = [];
  for (const group of groups) {
    group.labels.forEach((test, index) => cases.push({ type: "SwitchCase", test, consequent: (index === group.labels.length - 1 ? group.body : []) as es.Statement[] }));
  }
  cases.push({ type: "SwitchCase", test: null, consequent: fallback as es.Statement[] });
  return { type: "SwitchStatement", discriminant, cases };
}

const specifier = (local: string, exported: string): es.ExportSpecifier => ({ type: "ExportSpecifier", local: id(local), exported: id(exported) });

/** `export { local as exported, … };` */
export const exportList = (names: [local: string, exported: string][]): Statement => ({
  type: "ExportNamedDeclaration",
  declaration: null,
  specifiers: names.map(([local, exported]) => specifier(local, exported)),
  source: null,
  attributes: [],
});

/** `export { a, b } from "source";` */
export const exportFrom = (names: readonly string[], source: string): Statement => ({
  type: "ExportNamedDeclaration",
  declaration: null,
  specifiers: names.map((name) => specifier(name, name)),
  source: str(source),
  attributes: [],
});

const importOf = (specifiers: es.ImportDeclaration["specifiers"], source: string): Statement => ({ type: "ImportDeclaration", specifiers, source: str(source), attributes: [] });

/** `import { a, b } from "source";` */
export const namedImport = (names: readonly string[], source: string): Statement =>
  importOf(names.map((name) => ({ type: "ImportSpecifier", imported: id(name), local: id(name) })), source);

/** `import local from "source";` */
export const defaultImport = (local: string, source: string): Statement => importOf([{ type: "ImportDefaultSpecifier", local: id(local) }], source);

/** `import * as local from "source";` */
export const namespaceImport = (local: string, source: string): Statement => importOf([{ type: "ImportNamespaceSpecifier", local: id(local) }], source);

/** Statements as a module's source, a line break after each. */
export function printStatements(statements: readonly Statement[]): string {
  const program: es.Program = { type: "Program", sourceType: "module", body: statements as es.Program["body"] };
  return generate(program);
}

/** One statement's source text, without the line break {@link printStatements} puts after each. */
export function printStatement(statement: Statement): string {
  return generate(statement);
}
