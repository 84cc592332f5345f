/**
 * The escaping rules of the emitter's code and text, in one place: what may appear
 * inside a JSDoc block, which property names need quotes, how a value becomes a JavaScript string literal or a literal regular
 * expression, a Markdown code span. (JSON Pointer escaping belongs to `$ref`s: json-schema/pointers.ts.)
 */

// How a spec name becomes an identifier is below both the model and the writers (the
// model checks names for collisions, the writers print them): ../identifiers.ts.
import { isIdentifierName } from "../identifiers.js";

export { guardName, isIdentifierName, typeIdentifier, validatorName } from "../identifiers.js";

/** Text that is safe inside a `/** … *\/` block: a `*\/` in a doc string would end the comment early. */
export function jsDocText(text: string): string {
  return text.replace(/\*\//g, "*\\/").replace(/\r\n?/g, "\n");
}

/** A property key as TypeScript source: bare when it is an identifier, a quoted string otherwise. */
export function propertyKey(name: string): string {
  return isIdentifierName(name) ? name : JSON.stringify(name);
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
