import { isTemplateInstance, type Model, type Union } from "@typespec/compiler";
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
