import { ts } from "ts-morph";
import type { JsonValue } from "../../model/ir.js";
import { jsDocText } from "../escape.js";

interface Documented {
  readonly doc: string | undefined;
  readonly deprecated: string | undefined;
  readonly since: string | undefined;
  readonly default?: JsonValue | undefined;
}

interface JsDocTag {
  readonly name: string;
  readonly text: string;
}

/** Attaches the JSDoc of a declaration or member: the spec's doc, `@default`, `@deprecated`, `@since`; none when there is nothing to say. */
export function withJsDoc<T extends ts.Node>(node: T, item: Documented): T {
  const tags: JsDocTag[] = [];
  if (item.default !== undefined) tags.push({ name: "default", text: JSON.stringify(item.default) });
  if (item.deprecated !== undefined) tags.push({ name: "deprecated", text: item.deprecated });
  if (item.since !== undefined) tags.push({ name: "since", text: item.since });
  return withComment(node, item.doc, tags);
}

/** Attaches a JSDoc of one description. */
export function withDescription<T extends ts.Node>(node: T, description: string): T {
  return withComment(node, description, []);
}

/**
 * `/** text *\/` on one line when there is one line to say (a description, or a
 * tag alone); otherwise a block with one ` * ` line per line of text, tags last. The
 * text goes through jsDocText, so a `*\/` inside cannot end the comment. The printer
 * indents the block's lines to the node's depth.
 */
function withComment<T extends ts.Node>(node: T, description: string | undefined, tags: readonly JsDocTag[]): T {
  const lines = [...(description === undefined ? [] : description.split(/\r\n?|\n/)), ...tags.map((tag) => `@${tag.name} ${tag.text}`.trimEnd())].map(jsDocText);
  if (lines.length === 0) return node;
  const text = lines.length === 1 ? `* ${lines[0]} ` : `*\n${lines.map((line) => (line === "" ? " *" : ` * ${line}`)).join("\n")}\n `;
  return ts.addSyntheticLeadingComment(node, ts.SyntaxKind.MultiLineCommentTrivia, text, true);
}
