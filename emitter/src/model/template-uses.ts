import { isTemplateInstance, type Diagnostic, type Model, type Union } from "@typespec/compiler";
import { createDiagnostic } from "../lib.js";
import type { BuildContext } from "./context.js";

/**
 * Records that a template was used with concrete arguments, so it is not reported
 * as never instantiated. A template is used by referencing an instance
 * (`a: Box<string>`, `a: Maybe<int32>`) and also by building a model from one
 * (`model StringBox is Box<string>`, `extends Box<string>`, `...Box<string>`).
 */
export function noteTemplateUses(ctx: BuildContext, type: Model | Union): void {
  if (type.node && isTemplateInstance(type)) ctx.instantiatedTemplates.add(type.node);
  if (type.kind !== "Model") return;
  for (const source of type.sourceModels) noteTemplateUses(ctx, source.model);
}

/**
 * Templates that no version instantiates. Judged over all versions at once: a
 * template used only by an operation or model added in a later version is used.
 */
export function unusedTemplateDiagnostics(contexts: readonly BuildContext[]): Diagnostic[] {
  const used = new Set(contexts.flatMap((ctx) => [...ctx.instantiatedTemplates]));
  const reported = new Set<unknown>();
  const diagnostics: Diagnostic[] = [];
  for (const template of contexts.flatMap((ctx) => ctx.templates)) {
    if (!template.node || used.has(template.node) || reported.has(template.node)) continue;
    reported.add(template.node);
    diagnostics.push(createDiagnostic({ code: "template-not-instantiated", format: { name: template.name! }, target: template }));
  }
  return diagnostics;
}
