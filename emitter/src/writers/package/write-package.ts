import type { Program } from "@typespec/compiler";
import Mustache from "mustache";
import { posix } from "node:path";
import { reportDiagnostic } from "../../lib.js";
import { optionTarget } from "../../option-location.js";
import type { ApiModel } from "../../model/ir.js";
import type { ResolvedOptions } from "../../options.js";
import type { OutputFile } from "../../output/output-files.js";
import { CHANGES_JSON } from "../changelog/render-markdown.js";
import { packageExports, packageFiles } from "./package-exports.js";
import { packageName } from "./package-name.js";
import { packageView, type PackageView, type VersionView } from "./package-view.js";
import { readBuiltInTemplates, readProjectTemplates, type Template } from "./read-templates.js";
import { jsonSection } from "./template-literal.js";

const TEMPLATE_SUFFIX = ".mustache";
/** Templates under this folder are rendered once per version, into that version's folder. */
const PER_VERSION_FOLDER = "version";
const MANIFEST = "package.json";

/** A rendered template, and whether it came from the emitter's own templates. */
interface Rendered {
  readonly file: OutputFile;
  readonly builtIn: boolean;
  readonly perVersion: boolean;
}

/**
 * The files that make the output directory an installable package. The emitter's
 * own templates give every spec a package (`package.json`, per-version and root
 * index modules with parse functions, README, the parsing runtime); the project's
 * `package-templates` replace them file by file (by output path) and add to them.
 * `package.json`'s `exports` and `files` are computed from what was emitted; its
 * `name`, when the template has none, is made from the service's name.
 */
export async function writePackageFiles(
  program: Program,
  options: ResolvedOptions,
  models: readonly ApiModel[],
  emitted: readonly OutputFile[],
  service: string,
): Promise<OutputFile[] | undefined> {
  const templates = await layeredTemplates(program, options.packageTemplates);
  if (!templates) return undefined;
  const manifestTemplate = templates.find((template) => template.path === MANIFEST)!;
  const manifest = JSON.parse(manifestTemplate.content) as Record<string, unknown>;
  const name = typeof manifest.name === "string" ? manifest.name : packageName(service);
  const view = packageView(models, options, { packageName: name, service });
  const rendered: Rendered[] = [];
  for (const template of templates) {
    if (template === manifestTemplate) continue;
    const [first, ...rest] = template.path.split("/");
    if (first === PER_VERSION_FOLDER && rest.length > 0) {
      for (const version of view.versions) {
        rendered.push({ file: render(template, posix.join(version.folder, ...rest), { ...view, ...version }), builtIn: template.builtIn, perVersion: true });
      }
    } else {
      rendered.push({ file: render(template, template.path, view), builtIn: template.builtIn, perVersion: false });
    }
  }
  const files = withoutShadowedRootFiles(rendered);
  const pkg: Record<string, unknown> = { name, ...manifest };
  // Everything written is published (an unversioned service's types.d.ts sits at the root, beside no template);
  // the subpaths are the template modules, the entry points.
  pkg.files = packageFiles([...emitted, ...files]);
  const rootData = emitted.filter((file) => file.path === CHANGES_JSON).map((file) => file.path);
  pkg.exports = packageExports(files, view.versions.map((version) => version.folder), options.outputs.has("schemas"), rootData);
  files.push({ path: MANIFEST, content: `${JSON.stringify(pkg, null, 2)}\n`, origin: manifestTemplate.origin });
  return files;
}

/**
 * The emitter's templates, each replaced by the project's template of the same output
 * path (`README.md.mustache` also replaces a `README.md`), plus the project's others.
 * Undefined, after a diagnostic, when `package-templates` names no directory of templates.
 */
async function layeredTemplates(program: Program, projectDir: string | undefined): Promise<Template[] | undefined> {
  const builtIn = await readBuiltInTemplates();
  if (projectDir === undefined) return builtIn;
  const project = await readProjectTemplates(program, projectDir);
  if (project.length === 0) {
    reportDiagnostic(program, { code: "package-templates-missing", format: { path: projectDir }, target: optionTarget(program, "package-templates") });
    return undefined;
  }
  const replaced = new Set(project.map((template) => outputName(template.path)));
  return [...builtIn.filter((template) => !replaced.has(outputName(template.path))), ...project];
}

function outputName(path: string): string {
  return path.endsWith(TEMPLATE_SUFFIX) ? path.slice(0, -TEMPLATE_SUFFIX.length) : path;
}

/**
 * For an unversioned service the version folder is the package root, so the emitter's
 * root `index.js`, which re-exports the newest version's, would take the path of that
 * version's own `index.js`: the version's is the root module, and the root one is
 * dropped. The same clash between the project's templates stays an error
 * (`output-path-collision`): the project asked for both.
 */
function withoutShadowedRootFiles(rendered: readonly Rendered[]): OutputFile[] {
  const perVersionPaths = new Set(rendered.filter((entry) => entry.perVersion).map((entry) => entry.file.path));
  return rendered.filter((entry) => entry.perVersion || !entry.builtIn || !perVersionPaths.has(entry.file.path)).map((entry) => entry.file);
}

/** One template at one output path: rendered when it is a `.mustache` file, copied otherwise. */
function render(template: Template, path: string, view: PackageView | (PackageView & VersionView)): OutputFile {
  const { origin } = template;
  if (!path.endsWith(TEMPLATE_SUFFIX)) return { path, content: template.content, origin };
  // Templates produce code and Markdown, not HTML: no HTML escaping. Values that land in code go through `json`.
  const content = Mustache.render(template.content, { ...view, json: jsonSection }, undefined, { escape: (text: string) => text });
  return { path: path.slice(0, -TEMPLATE_SUFFIX.length), content, origin };
}
