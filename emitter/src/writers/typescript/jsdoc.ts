import type { JSDocStructure, OptionalKind } from "ts-morph";
import type { JsonValue } from "../../model/ir.js";
import { jsDocText } from "../escape.js";

interface Documented {
  readonly doc: string | undefined;
  readonly deprecated: string | undefined;
  readonly since: string | undefined;
  readonly default?: JsonValue | undefined;
}

/** JSDoc for a declaration or member: the spec's doc, `@default`, `@deprecated`, `@since`; none when there is nothing to say. */
export function jsDocs(item: Documented): OptionalKind<JSDocStructure>[] {
  const tags: { tagName: string; text?: string }[] = [];
  if (item.default !== undefined) tags.push({ tagName: "default", text: jsDocText(JSON.stringify(item.default)) });
  if (item.deprecated !== undefined) tags.push({ tagName: "deprecated", text: jsDocText(item.deprecated) });
  if (item.since !== undefined) tags.push({ tagName: "since", text: jsDocText(item.since) });
  if (item.doc === undefined && tags.length === 0) return [];
  return [{ description: item.doc === undefined ? undefined : jsDocText(item.doc), tags }];
}
