/**
 * Template values are spec data (version strings) and option values (folders), and
 * the templates render JavaScript with HTML escaping off: a raw `"` or newline in a
 * value would change the code. A value that lands in code goes through the `json`
 * section instead: `{{#json}}{{toRoot}}/runtime/parse.js{{/json}}` renders as one
 * string literal, `"../runtime/parse.js"`, whatever the value holds.
 */
export function jsonSection(): (text: string, render: (text: string) => string) => string {
  return (text, render) => codeLiteral(render(text));
}

/**
 * A JavaScript string literal for any text. JSON.stringify leaves U+2028 and U+2029
 * as they are: legal in a string literal since ES2019, but line terminators in the
 * `//` comments templates also put values into.
 */
export function codeLiteral(text: string): string {
  return JSON.stringify(text).replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}
