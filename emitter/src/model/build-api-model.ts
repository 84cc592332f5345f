import { getLocationContext, isTemplateDeclaration, type Enum, type Model, type Namespace, type Program, type Union } from "@typespec/compiler";
import { withVisibility, type BuildContext } from "./context.js";
import { CANONICAL_VISIBILITY, type BodyUse } from "./http-payloads.js";
import { isHttpOnlyModel } from "./http-only-models.js";
import { instanceName } from "./instance-names.js";
import { toTypeRef } from "./type-refs.js";
import { visibilityVariantName } from "./variant-names.js";
import { compareCodeUnits } from "../code-unit-order.js";
import { declare } from "./declarations.js";
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
  const bodies = operationBodies(ctx);
  // Without an operation to say otherwise, a type is read as the service sends it.
  const rootVisibility = ctx.http ? CANONICAL_VISIBILITY : undefined;
  for (const type of declaredTypes(ctx.program, namespace)) {
    if (type.kind === "Enum" && type.name === versionsEnum) continue;
    if (type.kind !== "Enum" && isTemplateDeclaration(type)) ctx.templates.push(type);
    else if (type.kind === "Model" && isHttpOnlyModel(ctx.program, type)) continue;
    else withVisibility(ctx, rootVisibility, () => declare(ctx, { type, name: visibilityVariantName(ctx, type, type.name!), visibility: rootVisibility }));
  }
  for (const body of bodies) withVisibility(ctx, body.visibility, () => toTypeRef(ctx, body.type));
  for (let next = ctx.pending.shift(); next; next = ctx.pending.shift()) {
    declare(ctx, next);
  }
  const declarations = [...ctx.declarations.values()].sort((a, b) => compareCodeUnits(a.name, b.name));
  return { version, declarations };
}

/**
 * The JSON bodies of the service's operations, each as the HTTP library's effective
 * payload type (a spread of `Widget` is `Widget`). A template instance that is a body
 * of its own gets a name (see instance-names.ts) before anything is read, so every
 * use of it refers to one declaration.
 */
function operationBodies(ctx: BuildContext): BodyUse[] {
  const { http } = ctx;
  if (!http) return [];
  return http.bodies.map(({ type, visibility }) => {
    const payload = http.metadata.getEffectivePayloadType(type, visibility);
    const name = instanceName(ctx.program, payload);
    if (name) ctx.instanceNames.set(payload, name);
    return { type: payload, visibility };
  });
}

/** The types the project itself declares (libraries' types are declared only when referenced). */
function* declaredTypes(program: Program, namespace: Namespace): Iterable<Model | Union | Enum> {
  const own = [...namespace.models.values(), ...namespace.unions.values(), ...namespace.enums.values()];
  yield* own.filter((type) => getLocationContext(program, type).type === "project");
  for (const child of namespace.namespaces.values()) yield* declaredTypes(program, child);
}
