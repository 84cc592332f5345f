import {
  getEncode,
  getTypeName,
  isNumericType,
  isStringType,
  isTemplateInstance,
  type EncodeData,
  type IntrinsicScalarName,
  type ModelProperty,
  type Program,
  type Type,
  type Union,
} from "@typespec/compiler";
import { createDiagnostic } from "../lib.js";
import type { BuildContext } from "./context.js";

/**
 * What `@encode` makes of a std scalar on the wire:
 * - `default`: the scalar's usual form (no `@encode`, or the encoding that is the default anyway);
 * - `string`: text, with the given `format` / `contentEncoding` (or none);
 * - `wire-number`: the number `@encode`'s second argument names (`int32` for a unix timestamp).
 */
export type WireEncoding =
  | { readonly form: "default" }
  | { readonly form: "string"; readonly format?: string; readonly contentEncoding?: "base64url" }
  | { readonly form: "wire-number"; readonly encode: EncodeData };

const DEFAULT: WireEncoding = { form: "default" };

/**
 * The encoding of the most specific site (the property, then the scalar and its
 * bases) that has one. The encodings TypeSpec defines for JSON
 * (https://typespec.io/docs/standard-library/built-in-decorators/#@encode) are
 * honoured; any other is reported on its site and the scalar keeps its default form,
 * because guessing another one would describe a wire the service does not send.
 */
export function wireEncoding(ctx: BuildContext, std: string, sites: readonly Type[]): WireEncoding {
  for (const site of sites) {
    if (site.kind !== "ModelProperty" && site.kind !== "Scalar") continue;
    const encode = getEncode(ctx.program, site);
    if (!encode) continue;
    const known = knownEncoding(ctx.program, std, encode);
    if (known) return known;
    const format = { encoding: encode.encoding ?? "(none)", wireType: encode.type.name, type: std };
    ctx.diagnostics.push(createDiagnostic({ code: "unsupported-encoding", format, target: site }));
    return DEFAULT;
  }
  return DEFAULT;
}

/**
 * `@encode` on a property whose type is not a scalar (`@encode(ArrayEncoding.commaDelimited)
 * tags: string[]`, which TypeSpec defines for HTTP only): the scalar path never sees
 * it, so it is reported here and the type's own form kept. A union's scalar members
 * (`utcDateTime | null`) do see it.
 */
export function reportNonScalarEncoding(ctx: BuildContext, property: ModelProperty): void {
  if (property.type.kind === "Scalar") return;
  if (property.type.kind === "Union" && isInlined(property.type) && [...property.type.variants.values()].some((v) => v.type.kind === "Scalar")) return;
  const encode = getEncode(ctx.program, property);
  if (!encode) return;
  const format = { encoding: encode.encoding ?? "(none)", wireType: encode.type.name, type: getTypeName(property.type) };
  ctx.diagnostics.push(createDiagnostic({ code: "unsupported-encoding", format, target: property }));
}

/** Unions inlined at their use (see type-refs.ts), whose members therefore see the property's decorators. */
function isInlined(union: Union): boolean {
  return !union.name || isTemplateInstance(union);
}

function knownEncoding(program: Program, std: string, encode: EncodeData): WireEncoding | undefined {
  const wire = { form: "wire-number", encode } as const;
  const toString = isStringType(program, encode.type);
  switch (std) {
    case "utcDateTime":
    case "offsetDateTime":
      if (encode.encoding === "rfc3339" && toString) return DEFAULT;
      // An HTTP date (`Sun, 06 Nov 1994 08:49:37 GMT`): JSON Schema has no format for it.
      if (encode.encoding === "rfc7231" && toString) return { form: "string" };
      if (encode.encoding === "unixTimestamp" && !toString) return wire;
      return undefined;
    case "duration":
      if (encode.encoding === "ISO8601" && toString) return DEFAULT;
      if ((encode.encoding === "seconds" || encode.encoding === "milliseconds") && !toString) return wire;
      return undefined;
    case "bytes":
      if (encode.encoding === "base64" && toString) return DEFAULT;
      if (encode.encoding === "base64url" && toString) return { form: "string", contentEncoding: "base64url" };
      return undefined;
    default:
      // `@encode(string) id: int64`: the number as base-10 text.
      if (isNumericType(program, program.checker.getStdType(std as IntrinsicScalarName)) && encode.encoding === undefined && toString) return { form: "string" };
      return undefined;
  }
}
