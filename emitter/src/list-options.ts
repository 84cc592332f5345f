import type { Program } from "@typespec/compiler";
import { optionTarget } from "./option-location.js";
import { reportDiagnostic, type ListOption } from "./lib.js";

/** A list option read, or `invalid` after its diagnostic was reported. */
export type ListRead = { readonly valid: true; readonly list: string[] | undefined } | { readonly valid: false };

/**
 * One list from either form a list option takes: a YAML list as it is, or the string
 * a command line gives (`versions=a,b`), split at its commas with the blanks around
 * them dropped. An empty entry (`a,,b`, or nothing at all) is an `invalid-option` error.
 * `allowed`, when given, is the closed set the entries must come from.
 */
export function readListOption(program: Program, option: string, value: ListOption | undefined, allowed?: readonly string[]): ListRead {
  if (value === undefined) return { valid: true, list: undefined };
  const list = typeof value === "string" ? value.split(",").map((entry) => entry.trim()) : value;
  if (list.length === 0 || list.some((entry) => entry === "")) {
    reportDiagnostic(program, { code: "invalid-option", format: { option, value: String(value), reason: "it lists an empty value" }, target: optionTarget(program, option) });
    return { valid: false };
  }
  const unknown = allowed ? list.filter((entry) => !allowed.includes(entry)) : [];
  for (const entry of new Set(unknown)) {
    const reason = `it is none of ${allowed!.map((name) => `"${name}"`).join(", ")}`;
    reportDiagnostic(program, { code: "invalid-option", format: { option, value: entry, reason }, target: optionTarget(program, option, entry) });
  }
  return unknown.length > 0 ? { valid: false } : { valid: true, list };
}
