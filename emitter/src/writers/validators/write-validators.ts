import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { build, type Plugin } from "esbuild";
import type { ApiModel, Declaration } from "../../model/ir.js";
import { guardName } from "../escape.js";
import type { JsonSchema } from "../json-schema/type-schemas.js";
import type { StandaloneSession } from "./ajv/worker-pool.js";
import type { GuardCache } from "./fast-path/guards/guard-cache.js";
import { extractAllowedValues } from "./allowed-values.js";
import { closedPropertyNames } from "./closed-property-names.js";
import { isExplainable } from "./explain/explainable.js";
import { schemaDataModuleSource } from "./explain/schema-data-module.js";
import { guardModuleSource } from "./fast-path/write-guards.js";
import { entryModuleSource } from "./fast-path/entry-module.js";
import { validationSchema, type ValidationMode } from "./validation-schema.js";

/** Declarations that get a validator of their own: the ones that describe objects on the wire. */
export function validatedDeclarations(model: ApiModel): Declaration[] {
  return model.declarations.filter((declaration) => declaration.kind === "object" || declaration.kind === "union");
}

/**
 * What the validators modules of one emit share: the AJV compiles and the guards built
 * so far, each by definition key, so that a definition several versions have is done once.
 */
export interface SharedValidatorWork {
  readonly ajv: StandaloneSession;
  readonly guards: GuardCache;
}

/**
 * Precompiled validators of one version in one mode. Each `validate<Name>` asks a
 * boolean guard first (see fast-path/) and, only when the guard says no, the schema
 * explainer (runtime/schema-explainer.ts over the schema as data, explain/), to decide
 * and to fill `.errors` as AJV would; each `is<Name>` is the guard alone. A schema the
 * explainer cannot explain gets AJV's standalone code instead. The runtime pieces are
 * bundled in, so the module has no dependencies and never compiles code at run time.
 */
export async function writeValidators(
  model: ApiModel,
  bundle: JsonSchema,
  mode: ValidationMode,
  branchRank: (ref: string) => number,
  header: string,
  shared: SharedValidatorWork,
): Promise<string> {
  const { schema, allowed } = extractAllowedValues(validationSchema(bundle, mode, branchRank));
  const declarations = validatedDeclarations(model).map((declaration) => declaration.name);
  // The explaining part: the schema as data for the runtime explainer, or, for a schema it
  // cannot explain, AJV's standalone code, compiled on a worker thread while this one builds
  // the guards (one lane per mode: the versions' spec modules share most definitions, and so
  // do their strict ones).
  const explain = isExplainable(schema)
    ? Promise.resolve(schemaDataModuleSource({ schema, declarations, runtime: EXPLAINER_MODULE }))
    : shared.ajv.compile({ schema, declarations }, mode === "spec" ? 0 : 1);
  const guards = guardModuleSource(schema, declarations.map((name) => [guardName(name), name]), shared.guards);
  const modules = { explain: EXPLAIN_MODULE, guards: GUARDS_MODULE, runtime: RUNTIME_MODULE, misspelt: MISSPELT_MODULE };
  const knownNames = mode === "strict" ? closedPropertyNames(schema) : undefined;
  const entry = entryModuleSource(declarations, { modules, allowed, knownNames });
  return bundleModules({ explain: await explain, guards, entry }, header);
}

const EMITTER_DIR = dirname(fileURLToPath(import.meta.url));
const EXPLAIN_MODULE = "wire:explain";
const GUARDS_MODULE = "wire:guards";
const RUNTIME_MODULE = fileURLToPath(new URL("../../runtime/explain-rejection.js", import.meta.url));
const MISSPELT_MODULE = fileURLToPath(new URL("../../runtime/misspelt-property.js", import.meta.url));
const EXPLAINER_MODULE = fileURLToPath(new URL("../../runtime/schema-explainer.js", import.meta.url));

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
