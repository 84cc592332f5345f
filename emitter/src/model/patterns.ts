import { getPattern, type Type } from "@typespec/compiler";
import { createDiagnostic } from "../lib.js";
import type { BuildContext } from "./context.js";

/**
 * The `@pattern` of the most specific site that has one, if JSON Schema validators
 * can run it. AJV compiles patterns with the `u` flag (its `unicodeRegExp` default,
 * as JSON Schema's ECMA-262 dialect expects), and the fast-path guards do the same,
 * so a pattern valid only without it (`[\w-.]`: a class range from `\w`) would make
 * the emitter fail. It is reported on the site that declares it and left out.
 */
export function unicodePattern(ctx: BuildContext, sites: readonly Type[]): string | undefined {
  for (const site of sites) {
    const pattern = getPattern(ctx.program, site);
    if (pattern === undefined) continue;
    const reason = unicodeSyntaxError(pattern);
    if (reason === undefined) return pattern;
    ctx.diagnostics.push(createDiagnostic({ code: "invalid-pattern", format: { pattern, reason }, target: site }));
    return undefined;
  }
  return undefined;
}

function unicodeSyntaxError(pattern: string): string | undefined {
  try {
    new RegExp(pattern, "u");
    return undefined;
  } catch (error) {
    return error instanceof SyntaxError ? error.message : String(error);
  }
}
