import { getDiscriminator, isTemplateDeclaration, type Model } from "@typespec/compiler";
import { compareCodeUnits } from "../code-unit-order.js";
import { createDiagnostic } from "../lib.js";
import type { BuildContext } from "./context.js";

/**
 * A model used as a type whose derived models have no `@discriminator` to be told
 * apart by: a value where the base is expected is checked as the base alone, so the
 * derived models' own properties are never checked and their types never narrowed
 * to. Reported on the base, where the decorator belongs. A base that is never used
 * as a type (it only lends its properties) is no problem.
 */
export function reportUndiscriminatedBase(ctx: BuildContext, model: Model): void {
  if (getDiscriminator(ctx.program, model)) return;
  const derived = model.derivedModels.filter((candidate) => !isTemplateDeclaration(candidate) && candidate.name);
  if (derived.length === 0) return;
  const names = derived.map((candidate) => candidate.name).sort(compareCodeUnits);
  ctx.diagnostics.push(createDiagnostic({ code: "undiscriminated-hierarchy", format: { name: model.name, derived: names.join(", ") }, target: model }));
}
