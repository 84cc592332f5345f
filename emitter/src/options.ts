import type { Program } from "@typespec/compiler";
import { discriminatorVariants } from "./model/discriminator-variants.js";
import { DIRECTION_WORDS } from "./model/direction-overrides.js";
import type { ApiModel, Direction } from "./model/ir.js";
import { OUTPUT_KINDS, reportDiagnostic, type OutputKind, type WireEmitterOptions } from "./lib.js";
import { leavesDirectory } from "./output/path-rules.js";
import { readListOption } from "./list-options.js";
import { optionTarget } from "./option-location.js";

export interface ResolvedOptions {
  /** Versions to write; undefined means all. */
  readonly versions: readonly string[] | undefined;
  readonly versionFolder: string;
  readonly outputs: ReadonlySet<OutputKind>;
  readonly packageTemplates: string | undefined;
  readonly hotVariants: readonly string[] | undefined;
  readonly regenerateCommand: string | undefined;
  /** Unions that get parse functions; undefined means chosen by usage (see writers/package/event-unions.ts). */
  readonly eventUnions: readonly string[] | undefined;
  /** Directions the `directions` option states, by type name; undefined when it is not given. */
  readonly directions: ReadonlyMap<string, Direction> | undefined;
}

const VERSION_PLACEHOLDER = "{version}";

/** Applies defaults and checks what the options schema cannot; returns undefined (after reporting) when unusable. */
export function resolveOptions(program: Program, options: WireEmitterOptions): ResolvedOptions | undefined {
  const versionFolder = options["version-folder"] ?? VERSION_PLACEHOLDER;
  // Stricter than the output paths: no `..` segment at all, even one that stays inside.
  const climbs = versionFolder.split(/[\\/]/).includes("..");
  if (!versionFolder.includes(VERSION_PLACEHOLDER) || climbs || leavesDirectory(versionFolder)) {
    reportDiagnostic(program, { code: "invalid-version-folder", format: { value: versionFolder }, target: optionTarget(program, "version-folder") });
    return undefined;
  }
  const versions = readListOption(program, "versions", options.versions);
  const outputKinds = readListOption(program, "outputs", options.outputs, OUTPUT_KINDS);
  const hotVariants = readListOption(program, "hot-variants", options["hot-variants"]);
  const eventUnions = readListOption(program, "event-unions", options["event-unions"]);
  const directions = readDirections(program, options.directions);
  const regenerateCommand = options["regenerate-command"];
  // The command goes into `//` comments: a line break would end the comment and turn the rest into code.
  if (regenerateCommand !== undefined && (regenerateCommand.trim() === "" || /[\n\r\u2028\u2029]/.test(regenerateCommand))) {
    const format = { option: "regenerate-command", value: JSON.stringify(regenerateCommand).slice(1, -1), reason: "it must be one non-empty line" };
    reportDiagnostic(program, { code: "invalid-option", format, target: optionTarget(program, "regenerate-command") });
    return undefined;
  }
  if (!versions.valid || !outputKinds.valid || !hotVariants.valid || !eventUnions.valid || directions === false) return undefined;
  const outputs = new Set((outputKinds.list ?? OUTPUT_KINDS) as readonly OutputKind[]);
  // The validators' declarations are type guards over the generated interfaces.
  if (outputs.has("validators")) outputs.add("types");
  return {
    versions: versions.list,
    versionFolder,
    outputs,
    packageTemplates: options["package-templates"],
    hotVariants: hotVariants.list,
    regenerateCommand,
    eventUnions: eventUnions.list,
    directions,
  };
}

/**
 * The `directions` option as a map from type name to direction: entries `Name:word`,
 * split at the last colon, the word one of DIRECTION_WORDS. `false` after reporting an
 * entry of another form, or a name given two different directions.
 */
function readDirections(program: Program, value: WireEmitterOptions["directions"]): ReadonlyMap<string, Direction> | undefined | false {
  const read = readListOption(program, "directions", value);
  if (!read.valid) return false;
  if (read.list === undefined) return undefined;
  const directions = new Map<string, Direction>();
  const words = new Map<string, string>();
  let valid = true;
  const invalid = (entry: string, reason: string) => {
    reportDiagnostic(program, { code: "invalid-option", format: { option: "directions", value: entry, reason }, target: optionTarget(program, "directions", entry) });
    valid = false;
  };
  for (const entry of read.list) {
    const colon = entry.lastIndexOf(":");
    const name = entry.slice(0, colon).trim();
    const word = entry.slice(colon + 1).trim();
    if (colon < 0 || name === "" || !Object.hasOwn(DIRECTION_WORDS, word)) {
      invalid(entry, `an entry is a type's name, a colon and one of ${Object.keys(DIRECTION_WORDS).map((w) => `"${w}"`).join(", ")} (\`ServerEvent:output\`)`);
    } else if (words.has(name) && words.get(name) !== word) {
      invalid(entry, `"${name}" is also given "${words.get(name)}"`);
    } else {
      words.set(name, word);
      directions.set(name, DIRECTION_WORDS[word]!);
    }
  }
  return valid ? directions : false;
}

/**
 * Checks that every type `directions` names is declared in some emitted version (a typo
 * would leave its direction silently unchanged); returns whether all are, after reporting
 * each that is not, where the config file names it when it does.
 */
export function checkDirections(program: Program, options: ResolvedOptions, models: readonly ApiModel[]): boolean {
  if (!options.directions) return true;
  const declared = new Set(models.flatMap((model) => model.declarations.map((declaration) => declaration.name)));
  const unknown = [...options.directions.keys()].filter((name) => !declared.has(name));
  for (const name of unknown) {
    const format = { option: "directions", value: name, reason: "no emitted version declares a model, union or enum of that name" };
    reportDiagnostic(program, { code: "invalid-option", format, target: optionTarget(program, "directions", name) });
  }
  return unknown.length === 0;
}

/**
 * Warns about `hot-variants` values that no emitted version dispatches on (a typo,
 * or an event type since removed): they would silently change nothing. Checked
 * against the emitted models, because only they know the discriminator values.
 */
export function reportUnknownHotVariants(program: Program, options: ResolvedOptions, models: readonly ApiModel[]): void {
  if (!options.hotVariants) return;
  const known = new Set(models.flatMap(discriminatorVariants).map((variant) => variant.value));
  // A value listed twice is still one mistake: reported once.
  for (const value of new Set(options.hotVariants)) {
    if (!known.has(value)) reportDiagnostic(program, { code: "unknown-hot-variant", format: { value }, target: optionTarget(program, "hot-variants", value) });
  }
}

/** The folder of one version's files, relative to the output directory ("" for an unversioned service). */
export function versionFolderFor(options: ResolvedOptions, version: string | undefined): string {
  return version === undefined ? "" : options.versionFolder.split(VERSION_PLACEHOLDER).join(version);
}

/**
 * Checks that every union `event-unions` names dispatches on a discriminator in some
 * emitted version (a parse function needs one); returns whether all do, after
 * reporting each that does not.
 */
export function checkEventUnions(program: Program, options: ResolvedOptions, models: readonly ApiModel[]): boolean {
  if (!options.eventUnions) return true;
  const dispatching = new Set(models.flatMap((model) => model.declarations.filter((d) => d.kind === "union" && d.discriminator).map((d) => d.name)));
  const unknown = [...new Set(options.eventUnions)].filter((name) => !dispatching.has(name));
  for (const value of unknown) {
    const reason = "no emitted version has a discriminated union of that name";
    reportDiagnostic(program, { code: "invalid-option", format: { option: "event-unions", value, reason }, target: optionTarget(program, "event-unions", value) });
  }
  return unknown.length === 0;
}
