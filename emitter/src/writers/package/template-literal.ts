import { codeLiteral } from "../escape.js";

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
