import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import Ajv from "ajv";
import standaloneCode from "ajv/dist/standalone/index.js";
import { build, type Plugin } from "esbuild";
import type { ApiModel, Declaration } from "../../model/ir.js";
import { guardName, validatorName } from "../escape.js";
import { generatedHeader } from "../header.js";
import type { JsonSchema } from "../json-schema/type-schemas.js";
import { definitionPointer } from "../json-schema/pointers.js";
import { guardModuleSource } from "./fast-path/write-guards.js";
import { entryModuleSource } from "./fast-path/entry-module.js";
import { validationSchema, type ValidationMode } from "./validation-schema.js";

/** Declarations that get a validator of their own: the ones that describe objects on the wire. */
export function validatedDeclarations(model: ApiModel): Declaration[] {
  return model.declarations.filter((declaration) => declaration.kind === "object" || declaration.kind === "union");
}

/**
 * Precompiled validators of one version in one mode. Each `validate<Name>` asks a
 * boolean guard first (see fast-path/) and AJV's standalone code only when the
 * guard says no, to decide and to fill `.errors`; each `is<Name>` is the guard
 * alone. AJV's few runtime helpers are bundled in, so the module has no
 * dependencies and never compiles code at run time.
 */
export async function writeValidators(model: ApiModel, bundle: JsonSchema, mode: ValidationMode, branchRank: (ref: string) => number): Promise<string> {
  const schema = validationSchema(bundle, mode, branchRank);
  const declarations = validatedDeclarations(model).map((declaration) => declaration.name);
  const modules = {
    explain: ajvStandaloneSource(schema, declarations),
    guards: guardModuleSource(schema, declarations.map((name) => [guardName(name), name])),
    entry: entryModuleSource(declarations, { explain: EXPLAIN_MODULE, guards: GUARDS_MODULE, runtime: RUNTIME_MODULE }),
  };
  return bundleModules(modules, generatedHeader(model.version));
}

function ajvStandaloneSource(schema: JsonSchema, declarations: readonly string[]): string {
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

const EMITTER_DIR = dirname(fileURLToPath(import.meta.url));
const EXPLAIN_MODULE = "wire:explain";
const GUARDS_MODULE = "wire:guards";
const RUNTIME_MODULE = fileURLToPath(new URL("../../runtime/explain-rejection.js", import.meta.url));

/** Bundles the in-memory modules into one ESM file; AJV's helpers resolve from the emitter's own dependencies. */
async function bundleModules(modules: { explain: string; guards: string; entry: string }, header: string): Promise<string> {
  const inMemory: Plugin = {
    name: "in-memory-modules",
    setup(builder) {
      builder.onResolve({ filter: /^wire:/ }, (args) => ({ path: args.path, namespace: "wire" }));
      builder.onLoad({ filter: /.*/, namespace: "wire" }, (args) => ({
        contents: args.path === EXPLAIN_MODULE ? modules.explain : modules.guards,
        loader: "js",
        resolveDir: EMITTER_DIR,
      }));
    },
  };
  const result = await build({
    stdin: { contents: modules.entry, resolveDir: EMITTER_DIR, sourcefile: "validators.js", loader: "js" },
    plugins: [inMemory],
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
