import type { Program, Scalar, Type } from "@typespec/compiler";
import type { BuildContext } from "./context.js";
import { wireEncoding } from "./encodings.js";
import {
  getFormat,
  getMaxItems,
  getMaxLength,
  getMaxValue,
  getMaxValueExclusive,
  getMinItems,
  getMinLength,
  getMinValue,
  getMinValueExclusive,
  isStdNamespace,
} from "@typespec/compiler";
import type { NumberConstraints, StringConstraints, TypeRef } from "./ir.js";
import { unicodePattern } from "./patterns.js";
import { withoutUndefined } from "../without-undefined.js";

/**
 * Ranges of the fixed-width integer scalars, so schemas can reject values the
 * service would overflow on. 2^63 is exact as a double, 2^63 - 1 is not, hence the
 * exclusive maximum for the 64-bit types.
 */
/** The range of each integer scalar of the standard library, as the wire carries it. */
export const INTEGER_RANGES: Record<string, NumberConstraints> = {
  int8: { minimum: -128, maximum: 127 },
  int16: { minimum: -32768, maximum: 32767 },
  int32: { minimum: -2147483648, maximum: 2147483647 },
  int64: { minimum: -(2 ** 63), exclusiveMaximum: 2 ** 63 },
  uint8: { minimum: 0, maximum: 255 },
  uint16: { minimum: 0, maximum: 65535 },
  uint32: { minimum: 0, maximum: 4294967295 },
  uint64: { minimum: 0, exclusiveMaximum: 2 ** 64 },
  safeint: { minimum: Number.MIN_SAFE_INTEGER, maximum: Number.MAX_SAFE_INTEGER },
  integer: {},
};

const FLOAT_SCALARS = new Set(["numeric", "float", "float32", "float64", "decimal", "decimal128"]);

/** Formats of the string-encoded std scalars (JSON has no date or URL type). */
const STRING_FORMATS: Record<string, string | undefined> = {
  string: undefined,
  url: "uri",
  utcDateTime: "date-time",
  offsetDateTime: "date-time",
  plainDate: "date",
  plainTime: "time",
  duration: "duration",
};

/** Converts a scalar (std or derived from one) plus the constraints on its use site into a type reference. */
export function scalarToTypeRef(ctx: BuildContext, scalar: Scalar, useSite: Type | undefined): TypeRef | undefined {
  const { program } = ctx;
  const chain = scalarChain(scalar);
  // The most derived std scalar decides the wire form: `int32`, not its base `numeric`.
  const std = chain.find((s) => s.namespace !== undefined && isStdNamespace(s.namespace))?.name ?? "";
  const sites = useSite ? [useSite, ...chain] : chain;
  const encoding = wireEncoding(ctx, std, sites);
  if (encoding.form === "wire-number") {
    // The compiler already rejects a non-numeric wire type for these encodings (invalid-encode).
    const wire = scalarToTypeRef(ctx, encoding.encode.type, undefined);
    if (wire?.kind === "number") return wire;
  }
  if (encoding.form === "string") {
    const constraints = stringConstraints(ctx, sites, encoding.format);
    return { kind: "string", constraints: encoding.contentEncoding ? { ...constraints, contentEncoding: encoding.contentEncoding } : constraints };
  }
  if (std === "boolean") return { kind: "boolean" };
  if (std in INTEGER_RANGES) {
    return { kind: "number", integer: true, constraints: { ...INTEGER_RANGES[std], ...numberConstraints(program, sites) } };
  }
  if (FLOAT_SCALARS.has(std)) return { kind: "number", integer: false, constraints: numberConstraints(program, sites) };
  if (std === "bytes") return { kind: "string", constraints: { contentEncoding: "base64" } };
  if (std in STRING_FORMATS) {
    const format = firstDefined(sites, (t) => getFormat(program, t)) ?? STRING_FORMATS[std];
    return { kind: "string", constraints: stringConstraints(ctx, sites, format) };
  }
  return undefined;
}

/** The scalar and its bases, most derived first, ending at the std scalar. */
function scalarChain(scalar: Scalar): Scalar[] {
  const chain: Scalar[] = [];
  for (let current: Scalar | undefined = scalar; current; current = current.baseScalar) chain.push(current);
  return chain;
}

function firstDefined<T>(sites: readonly Type[], read: (type: Type) => T | undefined): T | undefined {
  for (const site of sites) {
    const value = read(site);
    if (value !== undefined) return value;
  }
  return undefined;
}

function numberConstraints(program: Program, sites: readonly Type[]): NumberConstraints {
  return withoutUndefined({
    minimum: firstDefined(sites, (t) => getMinValue(program, t)),
    maximum: firstDefined(sites, (t) => getMaxValue(program, t)),
    exclusiveMinimum: firstDefined(sites, (t) => getMinValueExclusive(program, t)),
    exclusiveMaximum: firstDefined(sites, (t) => getMaxValueExclusive(program, t)),
  });
}

function stringConstraints(ctx: BuildContext, sites: readonly Type[], format: string | undefined): StringConstraints {
  const { program } = ctx;
  return withoutUndefined({
    format,
    pattern: unicodePattern(ctx, sites),
    minLength: firstDefined(sites, (t) => getMinLength(program, t)),
    maxLength: firstDefined(sites, (t) => getMaxLength(program, t)),
  });
}

export function arrayBounds(program: Program, site: Type | undefined): { minItems?: number; maxItems?: number } {
  if (!site) return {};
  return withoutUndefined({ minItems: getMinItems(program, site), maxItems: getMaxItems(program, site) });
}
