/**
 * How a spec name becomes a TypeScript identifier, and the names of the functions
 * generated for a declaration. Used by the intermediate model (to find two spec names
 * that would become one identifier) and by the writers (to print them), so it sits below
 * both.
 */

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** Whether a name can stand bare as a property name or identifier (ASCII only, which is all the emitter writes bare). */
export function isIdentifierName(name: string): boolean {
  return IDENTIFIER.test(name);
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
