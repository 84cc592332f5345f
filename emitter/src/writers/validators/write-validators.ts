import { fileURLToPath } from "node:url";
import type { ApiModel, Declaration } from "../../model/ir.js";
import { guardName } from "../escape.js";
import type { JsonSchema } from "../json-schema/type-schemas.js";
import type { StandaloneSession } from "./ajv/worker-pool.js";
import type { GuardCache } from "./fast-path/guards/guard-cache.js";
import { extractAllowedValues } from "./allowed-values.js";
import type { InMemoryBundler } from "./bundle-in-memory.js";
import { closedPropertyNames } from "./closed-property-names.js";
import { isExplainable } from "./explain/explainable.js";
import { schemaDataModuleSource } from "./explain/schema-data-module.js";
import { guardModuleSource } from "./fast-path/write-guards.js";
import type { GuardExport } from "./fast-path/guards/build-guards.js";
import { entryModuleSource } from "./fast-path/entry-module.js";
import { validationSchema, type ValidationMode } from "./validation-schema.js";

/** Declarations that get a validator of their own: the ones that describe objects on the wire. */
export function validatedDeclarations(model: ApiModel): Declaration[] {
  return model.declarations.filter((declaration) => declaration.kind === "object" || declaration.kind === "union");
}

/**
 * What the validators modules of one emit share: the AJV compiles and the guards built
 * so far, each by definition key, so that a definition several versions have is done
 * once, and the bundler.
 */
export interface SharedValidatorWork {
  readonly ajv: StandaloneSession;
  readonly guards: GuardCache;
  readonly bundler: InMemoryBundler;
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
  const explainable = isExplainable(schema);
  // Each declaration's guard as the explainer calls it, letting an exception out (the explainer reports it).
  const explainerGuards = new Map(explainable ? declarations.map((name) => [name, `${guardName(name)}OrThrow`]) : []);
  const explain = explainable
    ? Promise.resolve(schemaDataModuleSource({ schema, declarations, runtime: EXPLAINER_MODULE, guards: { module: GUARDS_MODULE, byDefinition: explainerGuards } }))
    : shared.ajv.compile({ schema, declarations }, mode === "spec" ? 0 : 1);
  const guardExports: GuardExport[] = [
    ...declarations.map((name): GuardExport => [guardName(name), name]),
    ...[...explainerGuards].map(([name, exportName]): GuardExport => [exportName, name, "may-throw"]),
  ];
  const guards = guardModuleSource(schema, guardExports, shared.guards);
  const modules = { explain: EXPLAIN_MODULE, guards: GUARDS_MODULE, runtime: RUNTIME_MODULE, misspelt: MISSPELT_MODULE };
  const knownNames = mode === "strict" ? closedPropertyNames(schema) : undefined;
  const entry = entryModuleSource(declarations, { modules, allowed, knownNames });
  return shared.bundler.bundle(entry, { [EXPLAIN_MODULE]: await explain, [GUARDS_MODULE]: guards }, header);
}

const EXPLAIN_MODULE = "wire:explain";
const GUARDS_MODULE = "wire:guards";
const RUNTIME_MODULE = fileURLToPath(new URL("../../runtime/explain-rejection.js", import.meta.url));
const MISSPELT_MODULE = fileURLToPath(new URL("../../runtime/misspelt-property.js", import.meta.url));
const EXPLAINER_MODULE = fileURLToPath(new URL("../../runtime/schema-explainer.js", import.meta.url));
