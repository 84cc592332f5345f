/**
 * Every escaping rule of the emitter, in one place: what may appear inside a JSDoc
 * block, which property names need quotes, how a spec name becomes an identifier.
 */

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** Text that is safe inside a `/** … *\/` block: a `*\/` in a doc string would end the comment early. */
export function jsDocText(text: string): string {
  return text.replace(/\*\//g, "*\\/").replace(/\r\n?/g, "\n");
}

/** A property key as TypeScript source: bare when it is an identifier, a quoted string otherwise. */
export function propertyKey(name: string): string {
  return IDENTIFIER.test(name) ? name : JSON.stringify(name);
}

/** A spec name as a TypeScript type identifier (TypeSpec allows backtick-quoted names that TypeScript does not). */
export function typeIdentifier(name: string): string {
  if (IDENTIFIER.test(name)) return name;
  const cleaned = name.replace(/[^A-Za-z0-9_$]/g, "_");
  return /^[0-9]/.test(cleaned) ? `_${cleaned}` : cleaned;
}

/** Name of the validator exported for a declaration: `validateServerEvent`. */
export function validatorName(declarationName: string): string {
  return `validate${typeIdentifier(declarationName)}`;
}

/** Name of the boolean guard exported for a declaration: `isServerEvent`. */
export function guardName(declarationName: string): string {
  return `is${typeIdentifier(declarationName)}`;
}
