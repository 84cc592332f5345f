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
  return new Ajv.default({
    code: { source: true, esm: true, optimize: true },
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
    uriResolver,
  });
}
