import { getLocationContext, isTemplateDeclaration, type Enum, type Model, type Namespace, type Program, type Union } from "@typespec/compiler";
import type { BuildContext } from "./context.js";
import { compareCodeUnits } from "../code-unit-order.js";
import { declare } from "./declarations.js";
import { createDiagnostic } from "../lib.js";
import type { ApiModel } from "./ir.js";

/**
 * Reads one version snapshot of the service namespace into the intermediate model.
 * Every model, union and enum of the namespace (and its sub-namespaces) is
 * declared, plus every named type they reference from elsewhere.
 */
export function buildApiModel(
  namespace: Namespace,
  ctx: BuildContext,
  version: string | undefined,
  versionsEnum: string | undefined,
): ApiModel {
  const templates: (Model | Union)[] = [];
  for (const type of declaredTypes(ctx.program, namespace)) {
    if (type.kind === "Enum" && type.name === versionsEnum) continue;
    if (type.kind !== "Enum" && isTemplateDeclaration(type)) templates.push(type);
    else declare(ctx, type);
  }
  for (let next = ctx.pending.shift(); next; next = ctx.pending.shift()) {
    declare(ctx, next);
  }
  for (const template of templates) {
    if (template.node && !ctx.instantiatedTemplates.has(template.node)) {
      ctx.diagnostics.push(createDiagnostic({ code: "template-not-instantiated", format: { name: template.name! }, target: template }));
    }
  }
  const declarations = [...ctx.declarations.values()].sort((a, b) => compareCodeUnits(a.name, b.name));
  return { version, declarations };
}

/** The types the project itself declares (libraries' types are declared only when referenced). */
function* declaredTypes(program: Program, namespace: Namespace): Iterable<Model | Union | Enum> {
  const own = [...namespace.models.values(), ...namespace.unions.values(), ...namespace.enums.values()];
  yield* own.filter((type) => getLocationContext(program, type).type === "project");
  for (const child of namespace.namespaces.values()) yield* declaredTypes(program, child);
}
