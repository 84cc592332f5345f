import Ajv from "ajv";
import standaloneCode from "ajv/dist/standalone/index.js";
import { validatorName } from "../../escape.js";
import { definitionPointer } from "../../json-schema/pointers.js";
import type { JsonSchema } from "../../json-schema/type-schemas.js";

/** One validators module's AJV part: the validation schema and the declarations to export a validator for. */
export interface StandaloneJob {
  readonly schema: JsonSchema;
  readonly declarations: readonly string[];
}

/** AJV's standalone code for the job: `validate<Name>` per declaration, explaining rejections in `.errors`. */
export function standaloneSource({ schema, declarations }: StandaloneJob): string {
  const id = schema.$id as string;
  const ajv = new Ajv.default({
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
  });
  ajv.addSchema(schema);
  const exports = Object.fromEntries(declarations.map((name) => [validatorName(name), `${id}${definitionPointer(name)}`]));
  return standaloneCode.default(ajv, exports);
}
