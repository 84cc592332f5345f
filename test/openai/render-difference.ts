import type { Difference, Side, ValueSet } from "./differences.js";
import { code } from "./markdown.js";
import { tagsOf } from "./match-objects.js";
import { renderLiteral, renderShape } from "./render-shape.js";
import { resolve, type Shape } from "./shape.js";

const SIDE_NAME: Readonly<Record<Side, string>> = { voicelive: "VoiceLive", openai: "OpenAI" };

/** A difference as a table row: path, what differs, the VoiceLive side, the OpenAI side. */
export function differenceRow(difference: Difference): [string, string, string, string] {
  const path = difference.path === "" ? "(root)" : code(difference.path);
  switch (difference.kind) {
    case "property-only": {
      const what = `${code(renderShape(difference.shape))}, ${difference.required ? "required" : "optional"}`;
      return [path, `only in ${SIDE_NAME[difference.side]}`, ...bySide(difference.side, what, "—")];
    }
    case "required-only":
      return [path, `required only in ${SIDE_NAME[difference.side]}`, ...bySide(difference.side, "required", "optional")];
    case "type":
      return [path, "different types", code(renderShape(difference.voicelive)), code(renderShape(difference.openai))];
    case "values":
      return [path, valuesHeadline(difference.voicelive, difference.openai), valuesCell(difference.voicelive, difference.openai), valuesCell(difference.openai, difference.voicelive)];
    case "member-only": {
      const isNull = difference.member.kind === "primitive" && difference.member.name === "null";
      const what = isNull ? `nullable only in ${SIDE_NAME[difference.side]}` : `union member only in ${SIDE_NAME[difference.side]}`;
      return [path, what, ...bySide(difference.side, memberText(difference.member), "—")];
    }
    case "too-deep":
      return [path, "not compared deeper (nesting limit)", "", ""];
  }
}

function bySide(side: Side, here: string, there: string): [string, string] {
  return side === "voicelive" ? [here, there] : [there, here];
}

function valuesHeadline(voicelive: ValueSet, openai: ValueSet): string {
  if (voicelive.open === openai.open) return "different values";
  return `different values; open only in ${voicelive.open ? "VoiceLive" : "OpenAI"}`;
}

/**
 * One side of a literal-set difference: whether it is open (accepts other strings) and
 * the values only this side lists. The values both list are left out: the point is
 * what an SDK must add or drop.
 */
function valuesCell(set: ValueSet, other: ValueSet): string {
  if (set.values.length === 0) return set.open ? code("string") : "—";
  const only = set.values.filter((value) => !other.values.includes(value));
  const kind = set.open ? "open" : "closed";
  return only.length === 0 ? kind : `${kind}; only here: ${only.map((value) => code(renderLiteral(value))).join(", ")}`;
}

/**
 * A union member by name, with what identifies it: its constants
 * (`RealtimeMcpListTools` (`type="mcp_list_tools"`)) or, for a bag object, the set its
 * `type` allows, which is usually why nothing on the other side matched it.
 */
function memberText(member: Shape): string {
  const target = resolve(member);
  if (target.kind !== "object") return code(renderShape(member));
  const tags = [...tagsOf(member)].map(([name, value]) => `${name}=${renderLiteral(value)}`).join(", ");
  if (tags) return `${code(renderShape(member))} (${code(tags)})`;
  const type = target.properties.get("type");
  return type ? `${code(renderShape(member))} (${code(`type: ${renderShape(type.shape)}`)})` : code(renderShape(member));
}
