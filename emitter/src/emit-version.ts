import { posix } from "node:path";
import type { ApiModel } from "./model/ir.js";
import { versionFolderFor, type ResolvedOptions } from "./options.js";
import type { OutputFile } from "./output/output-files.js";
import { buildSchemaBundle, schemaId, serializeSchema } from "./writers/json-schema/write-schema.js";
import { writeTypes } from "./writers/typescript/write-types.js";
import { branchRanker } from "./writers/validators/branch-rank.js";
import { writeValidatorTypes } from "./writers/validators/write-validator-types.js";
import { writeValidators } from "./writers/validators/write-validators.js";

/** The files of one version: each output kind is a pure function of the intermediate model. */
export async function emitVersion(model: ApiModel, serviceName: string, options: ResolvedOptions): Promise<OutputFile[]> {
  const folder = versionFolderFor(options, model.version);
  const at = (name: string) => posix.join(folder, name);
  const files: OutputFile[] = [];
  const bundle = buildSchemaBundle(model, schemaId(serviceName, model.version));
  if (options.outputs.has("types")) files.push({ path: at("types.d.ts"), content: writeTypes(model) });
  if (options.outputs.has("schemas")) files.push({ path: at("schema.json"), content: serializeSchema(bundle) });
  if (options.outputs.has("validators")) {
    const rank = branchRanker(model, options.hotVariants);
    const declarations = writeValidatorTypes(model);
    files.push(
      { path: at("validators.js"), content: await writeValidators(model, bundle, "spec", rank) },
      { path: at("validators.d.ts"), content: declarations },
      { path: at("validators.strict.js"), content: await writeValidators(model, bundle, "strict", rank) },
      { path: at("validators.strict.d.ts"), content: declarations },
    );
  }
  return files;
}
