/**
 * The escaping rules of the emitter's code and text, in one place: what may appear
 * inside a JSDoc block, which property names need quotes, how a spec name becomes an
 * identifier, how a value becomes a JavaScript string literal or a literal regular
 * expression, a Markdown code span. (JSON Pointer escaping belongs to `$ref`s: json-schema/pointers.ts.)
 */

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** Whether a name can stand bare as a property name or identifier (ASCII only, which is all the emitter writes bare). */
export function isIdentifierName(name: string): boolean {
  return IDENTIFIER.test(name);
}

/** Text that is safe inside a `/** … *\/` block: a `*\/` in a doc string would end the comment early. */
export function jsDocText(text: string): string {
  return text.replace(/\*\//g, "*\\/").replace(/\r\n?/g, "\n");
}

/** A property key as TypeScript source: bare when it is an identifier, a quoted string otherwise. */
export function propertyKey(name: string): string {
  return isIdentifierName(name) ? name : JSON.stringify(name);
}

/**
 * Names a generated type cannot have: ECMAScript reserved words, including those of
 * strict mode and module code (ECMA-262 §13.1.1, §16.2.1.1: `.d.ts` files are modules);
 * TypeScript's predefined type names (`interface string {}` is error TS2427, a type
 * alias TS2457); and `Record`, the global that `types.d.ts` uses for records, which a
 * spec type of that name would shadow.
 */
const RESERVED_TYPE_NAMES = new Set([
  "await", "break", "case", "catch", "class", "const", "continue", "debugger", "default", "delete", "do", "else", "enum",
  "export", "extends", "false", "finally", "for", "function", "if", "implements", "import", "in", "instanceof", "interface",
  "let", "new", "null", "package", "private", "protected", "public", "return", "static", "super", "switch", "this", "throw",
  "true", "try", "typeof", "var", "void", "while", "with", "yield",
  "any", "bigint", "boolean", "never", "number", "object", "string", "symbol", "undefined", "unknown",
  "Record",
]);

/**
 * A spec name as a TypeScript type identifier. TypeSpec allows backtick-quoted names
 * that TypeScript does not (`` `a-b` `` becomes `a_b`); a reserved name gets a trailing
 * underscore (`class_`). Two names that end up the same are a `name-collision`
 * diagnostic (model/declarations.ts), never two declarations of one identifier.
 */
export function typeIdentifier(name: string): string {
  const cleaned = isIdentifierName(name) ? name : name.replace(/[^A-Za-z0-9_$]/g, "_").replace(/^(?=[0-9])/, "_");
  return RESERVED_TYPE_NAMES.has(cleaned) ? `${cleaned}_` : cleaned;
}

/** Name of the validator exported for a declaration: `validateServerEvent`. */
export function validatorName(declarationName: string): string {
  return `validate${typeIdentifier(declarationName)}`;
}

/** Name of the boolean guard exported for a declaration: `isServerEvent`. */
export function guardName(declarationName: string): string {
  return `is${typeIdentifier(declarationName)}`;
}

/**
 * A JavaScript string literal for any text. JSON.stringify leaves U+2028 and U+2029
 * as they are: legal in a string literal since ES2019, but line terminators in the
 * `//` comments templates also put values into.
 */
export function codeLiteral(text: string): string {
  return JSON.stringify(text).replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}

/** `text` as a regular expression that matches exactly it. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}

/**
 * A Markdown code span that shows `text` as it is: fenced with one backtick more
 * than the longest run inside it, padded when it starts or ends with one
 * (CommonMark §6.1), and on one line (a line break would end a list item).
 */
export function markdownCode(text: string): string {
  const line = text.replace(/\r\n?|\n/g, " ");
  const longest = Math.max(0, ...(line.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longest + 1);
  const pad = line.startsWith("`") || line.endsWith("`") ? " " : "";
  return `${fence}${pad}${line}${pad}${fence}`;
}
