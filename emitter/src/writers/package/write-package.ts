import { NoTarget, resolvePath, type Program } from "@typespec/compiler";
import Mustache from "mustache";
import { posix } from "node:path";
import { compareCodeUnits } from "../../code-unit-order.js";
import { reportDiagnostic } from "../../lib.js";
import type { ApiModel } from "../../model/ir.js";
import type { ResolvedOptions } from "../../options.js";
import type { OutputFile } from "../../output/output-files.js";
import { CHANGES_JSON } from "../changelog/render-markdown.js";
import { packageExports, packageFiles } from "./package-exports.js";
import { packageView, type PackageView, type VersionView } from "./package-view.js";
import { jsonSection } from "./template-literal.js";

const TEMPLATE_SUFFIX = ".mustache";
/** Templates under this folder are rendered once per version, into that version's folder. */
const PER_VERSION_FOLDER = "version";

/** A file of the templates directory, by its path relative to it. */
interface Template {
  readonly path: string;
  readonly content: string;
}

/**
 * The files that make the output directory an installable package, from the
 * project's templates: `package.json` (its `exports` computed from what was
 * emitted), `*.mustache` files rendered with the versions, the rest copied.
 * `emitted` are the files the other writers produced, which the package also publishes.
 */
export async function writePackageFiles(
  program: Program,
  options: ResolvedOptions,
  models: readonly ApiModel[],
  emitted: readonly OutputFile[],
): Promise<OutputFile[] | undefined> {
  const root = options.packageTemplates!;
  const templates = await readTemplates(program, root);
  const manifest = templates.find((template) => template.path === "package.json");
  if (!manifest) {
    reportDiagnostic(program, { code: "package-templates-missing", format: { path: root }, target: NoTarget });
    return undefined;
  }
  const view = packageView(models, options);
  const files: OutputFile[] = [];
  for (const template of templates) {
    if (template === manifest) continue;
    const [first, ...rest] = template.path.split("/");
    if (first === PER_VERSION_FOLDER && rest.length > 0) {
      for (const version of view.versions) {
        files.push(render(template, posix.join(version.folder, ...rest), { ...view, ...version }));
      }
    } else {
      files.push(render(template, template.path, view));
    }
  }
  const pkg = JSON.parse(manifest.content) as Record<string, unknown>;
  pkg.files = packageFiles([...emitted, ...files]);
  const rootData = emitted.filter((file) => file.path === CHANGES_JSON).map((file) => file.path);
  pkg.exports = packageExports(files, view.versions.map((version) => version.folder), options.outputs.has("schemas"), rootData);
  files.push({ path: "package.json", content: `${JSON.stringify(pkg, null, 2)}\n`, origin: `template ${manifest.path}` });
  return files;
}

/** One template at one output path: rendered when it is a `.mustache` file, copied otherwise. */
function render(template: Template, path: string, view: PackageView | (PackageView & VersionView)): OutputFile {
  const origin = `template ${template.path}`;
  if (!path.endsWith(TEMPLATE_SUFFIX)) return { path, content: template.content, origin };
  // Templates produce code and Markdown, not HTML: no HTML escaping. Values that land in code go through `json`.
  const content = Mustache.render(template.content, { ...view, json: jsonSection }, undefined, { escape: (text: string) => text });
  return { path: path.slice(0, -TEMPLATE_SUFFIX.length), content, origin };
}

/** Every file under the templates directory, with paths relative to it, in a fixed order. */
async function readTemplates(program: Program, root: string, relative = ""): Promise<Template[]> {
  let entries: string[];
  try {
    entries = (await program.host.readDir(resolvePath(root, relative))).sort(compareCodeUnits);
  } catch {
    return [];
  }
  const files: Template[] = [];
  for (const entry of entries) {
    const path = relative ? `${relative}/${entry}` : entry;
    const absolute = resolvePath(root, path);
    if ((await program.host.stat(absolute)).isDirectory()) files.push(...(await readTemplates(program, root, path)));
    else files.push({ path, content: (await program.host.readFile(absolute)).text });
  }
  return files;
}
