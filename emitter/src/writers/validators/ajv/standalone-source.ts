import Ajv, { type Options } from "ajv";
import type { JsonSchema } from "../../json-schema/type-schemas.js";

/** One validators module's AJV part: the validation schema and the declarations to export a validator for. */
export interface StandaloneJob {
  readonly schema: JsonSchema;
  readonly declarations: readonly string[];
}

/**
 * AJV with the validators' options, for standalone code explaining rejections in
 * `.errors`; standalone-compiler.ts registers the definitions and passes the URI resolver.
 */
export function createAjv(uriResolver: NonNullable<Options["uriResolver"]>): Ajv.default {
  return new Ajv.default({ code: { source: true, esm: true, optimize: true }, ...AJV_OPTIONS, uriResolver });
}

/**
 * What the validators answer is what AJV answers with these options: its standalone
 * code where runtime/schema-explainer.ts cannot explain a schema, and the explainer,
 * which gives AJV's answer and errors with them, everywhere else.
 */
export const AJV_OPTIONS = {
  discriminator: true,
  allErrors: false,
  strict: true,
  strictTypes: false,
  allowUnionTypes: true,
  validateFormats: false,
  // A type guard must not be satisfied by properties inherited from a prototype:
  // such a value would lose them in JSON.stringify and go out without its `type`.
  ownProperties: true,
  // Each $ref becomes one shared function instead of a copy per use: the module stays small.
  inlineRefs: false,
  unicodeRegExp: true,
} as const;
