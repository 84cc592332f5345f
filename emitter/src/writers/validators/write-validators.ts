import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import Ajv from "ajv";
import standaloneCode from "ajv/dist/standalone/index.js";
import { buildSync } from "esbuild";
import type { ApiModel, Declaration } from "../../model/ir.js";
import { validatorName } from "../escape.js";
import { generatedHeader } from "../header.js";
import type { JsonSchema } from "../json-schema/type-schemas.js";
import { definitionPointer } from "../json-schema/type-schemas.js";
import { validationSchema, type ValidationMode } from "./validation-schema.js";

/** Declarations that get a validator of their own: the ones that describe objects on the wire. */
export function validatedDeclarations(model: ApiModel): Declaration[] {
  return model.declarations.filter((declaration) => declaration.kind === "object" || declaration.kind === "union");
}

/**
 * Precompiled validators of one version in one mode: AJV's standalone code for
 * every validated declaration, with the few AJV runtime helpers it imports bundled
 * in, so the module has no dependencies and never compiles code at run time.
 */
export function writeValidators(model: ApiModel, bundle: JsonSchema, mode: ValidationMode, branchRank: (ref: string) => number): string {
  const schema = validationSchema(bundle, mode, branchRank);
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
  const exports = Object.fromEntries(
    validatedDeclarations(model).map((declaration) => [validatorName(declaration.name), `${id}${definitionPointer(declaration.name)}`]),
  );
  const source = standaloneCode.default(ajv, exports);
  return bundleRuntimeHelpers(source, generatedHeader(model.version));
}

const EMITTER_DIR = dirname(fileURLToPath(import.meta.url));

function bundleRuntimeHelpers(source: string, header: string): string {
  const result = buildSync({
    stdin: { contents: source, resolveDir: EMITTER_DIR, sourcefile: "validators.js", loader: "js" },
    bundle: true,
    format: "esm",
    platform: "neutral",
    write: false,
    legalComments: "none",
    // Minified: smaller, and free of the source-path comments esbuild writes otherwise, which would
    // depend on where the emitter is installed.
    minify: true,
    banner: { js: header },
    logLevel: "silent",
  });
  return result.outputFiles[0]!.text;
}
