import { getNamespaceFullName, listServices, type EmitContext } from "@typespec/compiler";
import { emitVersion } from "./emit-version.js";
import type { WireEmitterOptions } from "./lib.js";
import { buildVersionModels } from "./model/build-version-models.js";
import { resolveOptions } from "./options.js";
import { checkOutputPaths } from "./output/check-output-paths.js";
import { writeOutputTree } from "./output/write-output-tree.js";
import { writePackageFiles } from "./writers/package/write-package.js";

/** Entry point called by `tsp compile`: options → version models → files → one atomic write. */
export async function $onEmit(context: EmitContext<WireEmitterOptions>): Promise<void> {
  const { program } = context;
  const options = resolveOptions(program, context.options);
  if (!options) return;
  const service = listServices(program)[0]?.type ?? program.getGlobalNamespaceType();
  const models = buildVersionModels(program, service, options.versions);
  if (!models || program.hasError()) return;
  const serviceName = getNamespaceFullName(service) || "service";
  const files = (await Promise.all(models.map((model) => emitVersion(model, serviceName, options)))).flat();
  if (options.packageTemplates) {
    const packageFiles = await writePackageFiles(program, options, models);
    if (!packageFiles) return;
    files.push(...packageFiles);
  }
  if (!checkOutputPaths(program, files)) return;
  if (program.compilerOptions.dryRun) return;
  await writeOutputTree(program, context.emitterOutputDir, files);
}
