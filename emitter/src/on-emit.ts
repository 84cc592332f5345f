import { getNamespaceFullName, type EmitContext } from "@typespec/compiler";
import { $lib, type WireEmitterOptions } from "./lib.js";
import { buildVersionModels } from "./model/build-version-models.js";
import { checkDirections, checkEventUnions, reportUnknownHotVariants, resolveOptions } from "./options.js";
import { readOptionLocations } from "./option-location.js";
import { withDirectionOverrides } from "./model/direction-overrides.js";
import { loadUsageReader } from "./model/usage.js";
import { selectService } from "./service.js";
import { checkOutputPaths } from "./output/check-output-paths.js";
import { writeOutputTree } from "./output/write-output-tree.js";
import { writeChangelog } from "./writers/changelog/write-changelog.js";

/** Entry point called by `tsp compile`: options → version models → files → one atomic write. */
export async function $onEmit(context: EmitContext<WireEmitterOptions>): Promise<void> {
  const { program } = context;
  await readOptionLocations(program, $lib.name);
  const options = resolveOptions(program, context.options);
  if (!options) return;
  const service = selectService(program);
  const usage = withDirectionOverrides(await loadUsageReader(program, $lib.name), options.directions);
  const models = buildVersionModels(program, service, options.versions, usage);
  if (!models || program.hasError()) return;
  if (!checkDirections(program, options, models)) return;
  reportUnknownHotVariants(program, options, models);
  if (!checkEventUnions(program, options, models)) return;
  const serviceName = getNamespaceFullName(service) || "service";
  // The writers bring TypeScript (through ts-morph), AJV and esbuild: loaded only when there is
  // something to emit, so that loading the library (for its decorators, in the language server) stays cheap.
  const { emitVersions } = await import("./emit-version.js");
  const files = await emitVersions(models, serviceName, options);
  if (options.outputs.has("changelog")) files.push(...writeChangelog(models, options.regenerateCommand));
  if (options.outputs.has("package")) {
    const { writePackageFiles } = await import("./writers/package/write-package.js");
    const packageFiles = await writePackageFiles(program, options, models, files, serviceName);
    if (!packageFiles) return;
    files.push(...packageFiles);
  }
  if (!checkOutputPaths(program, files)) return;
  const { checkModuleLinks } = await import("./output/check-module-links.js");
  if (!checkModuleLinks(program, files)) return;
  if (program.compilerOptions.dryRun) return;
  await writeOutputTree(program, context.emitterOutputDir, files);
}
