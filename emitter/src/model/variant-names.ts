import { getVisibilitySuffix } from "@typespec/http";
import type { Enum, Model, Union } from "@typespec/compiler";
import type { BuildContext } from "./context.js";
import { CANONICAL_VISIBILITY } from "./http-payloads.js";

/**
 * The name a type is declared under in the current visibility: its own name, or, when
 * the HTTP library says its payload differs there from what the service sends (a
 * request body without the read-only `id`, a path parameter taken out), the name with
 * the library's suffix: `WidgetCreate`, `WidgetCreateOrUpdate`, `WidgetItem`.
 */
export function visibilityVariantName(ctx: BuildContext, type: Model | Union | Enum, name: string): string {
  const { http, visibility } = ctx;
  if (!http || visibility === undefined || type.kind === "Enum" || !http.metadata.isTransformed(type, visibility)) return name;
  return `${name}${getVisibilitySuffix(visibility, CANONICAL_VISIBILITY)}`;
}
