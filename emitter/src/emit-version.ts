import { posix } from "node:path";
import { ts } from "ts-morph";
import type { ApiModel } from "./model/ir.js";
import { versionFolderFor, type ResolvedOptions } from "./options.js";
import type { OutputFile } from "./output/output-files.js";
import { generatedHeader } from "./writers/header.js";
import { buildSchemaBundle, schemaId, serializeSchema } from "./writers/json-schema/write-schema.js";
import { declarationFile, printedStatement } from "./writers/typescript/declaration-file.js";
import { StatementMemo } from "./writers/typescript/statement-memo.js";
import { writeTypes } from "./writers/typescript/write-types.js";
import { openStandaloneSession } from "./writers/validators/ajv/worker-pool.js";
import { InMemoryBundler } from "./writers/validators/bundle-in-memory.js";
import { GuardCache } from "./writers/validators/fast-path/guards/guard-cache.js";
import { branchRanker } from "./writers/validators/branch-rank.js";
import { writeValidatorTypes } from "./writers/validators/write-validator-types.js";
import { validatedDeclarations, writeValidators, type SharedValidatorWork } from "./writers/validators/write-validators.js";
import { writeSendModule } from "./writers/validators/write-send-module.js";
import { eventUnionViews } from "./writers/package/event-unions.js";
import { guardName, typeIdentifier, validatorName } from "./writers/escape.js";
import { VALIDATOR_TYPE_NAMES } from "./writers/validators/write-validator-types.js";

/** The files of every version, in order; the versions' validators share the work on the definitions they have in common. */
export async function emitVersions(models: readonly ApiModel[], serviceName: string, options: ResolvedOptions): Promise<OutputFile[]> {
  const shared: SharedWork = { ajv: openStandaloneSession(), guards: new GuardCache(), bundler: new InMemoryBundler(), printed: new StatementMemo() };
  try {
    const versions: Promise<OutputFile[]>[] = [];
    for (const model of models) {
      versions.push(emitVersion(model, serviceName, options, shared));
      // Between versions, the bundles whose parts are ready start (the compiles the worker has
      // finished among them), and this thread waits until esbuild has read their inputs: esbuild
      // then bundles them in a process of its own while this thread writes the next version.
      await new Promise((resolve) => setImmediate(resolve));
      await shared.bundler.inputsRead();
    }
    return (await Promise.all(versions)).flat();
  } finally {
    shared.ajv.close();
  }
}

/** What the versions of one emit share: the validators' work and the printed declarations, by content. */
interface SharedWork extends SharedValidatorWork {
  readonly printed: StatementMemo;
}

/** The files of one version: each output kind is a pure function of the intermediate model. */
async function emitVersion(model: ApiModel, serviceName: string, options: ResolvedOptions, shared: SharedWork): Promise<OutputFile[]> {
  const folder = versionFolderFor(options, model.version);
  const origin = model.version === undefined ? "the emitter's output" : `the emitter's output for API version ${model.version}`;
  const file = (name: string, content: string, exports: readonly string[]): OutputFile => ({ path: posix.join(folder, name), content, origin, exports });
  const files: OutputFile[] = [];
  const header = generatedHeader(model.version, options.regenerateCommand);
  const bundle = buildSchemaBundle(model, schemaId(serviceName, model.version), header);
  // Validators first: their AJV part compiles on worker threads while this thread writes the rest.
  const rank = branchRanker(model, options.hotVariants);
  const validators = options.outputs.has("validators")
    ? Promise.all([writeValidators(model, bundle, "spec", rank, header, shared), writeValidators(model, bundle, "strict", rank, header, shared)])
    : undefined;
  if (options.outputs.has("types")) files.push(file("types.d.ts", writeTypes(model, header, shared.printed), model.declarations.map((declaration) => typeIdentifier(declaration.name))));
  // Imported as a JSON module (`with { type: "json" }`, by the development module): its value is its default export.
  if (options.outputs.has("schemas")) files.push(file("schema.json", serializeSchema(bundle), ["default"]));
  if (validators) {
    const declarations = writeValidatorTypes(model, header, shared.printed);
    const [spec, strict] = await validators;
    const checks = validatorExports(model);
    const declared = [...checks, ...VALIDATOR_TYPE_NAMES];
    files.push(
      file("validators.js", spec, checks),
      file("validators.d.ts", declarations, declared),
      file("validators.strict.js", strict, checks),
      file("validators.strict.d.ts", strictValidatorTypes(header), declared),
    );
    // What the package's index imports to check what it sends (see writeSendModule): without the package, nothing would.
    const sent = options.outputs.has("package")
      ? eventUnionViews(model, options.eventUnions)
          .filter((union) => union.sent)
          .map((union) => union.validator)
      : [];
    if (sent.length > 0) files.push(file("validators.send.js", await writeSendModule(strict, sent, header, shared.bundler), sent));
  }
  return files;
}

/** What a validators module exports: `validate<Name>` and `is<Name>` per validated declaration. */
function validatorExports(model: ApiModel): string[] {
  return validatedDeclarations(model).flatMap(({ name }) => [validatorName(name), guardName(name)]);
}

/**
 * `export * from "./validators.js";`: a strict validator accepts fewer values than
 * the spec one, but has the same name and the same type, so the strict module's
 * declarations are the spec module's.
 */
function strictValidatorTypes(header: string): string {
  const reexport = ts.factory.createExportDeclaration(undefined, false, undefined, ts.factory.createStringLiteral("./validators.js"));
  return declarationFile(header, [printedStatement(reexport)]);
}
