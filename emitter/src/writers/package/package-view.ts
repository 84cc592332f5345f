import { posix } from "node:path";
import type { ApiModel } from "../../model/ir.js";
import { versionFolderFor, type ResolvedOptions } from "../../options.js";
import { typeIdentifier } from "../escape.js";
import { regenerateHint } from "../header.js";
import { VALIDATOR_TYPE_NAMES } from "../validators/write-validator-types.js";
import { eventUnionViews, type EventUnionView } from "./event-unions.js";

export interface VersionView {
  readonly version: string;
  readonly folder: string;
  readonly preview: boolean;
  /** Whether the package root exports this version (see `PackageView.latest`). */
  readonly atRoot: boolean;
  /**
   * The package root, relative to this version's folder: `..` for `2026-04-10`,
   * `../..` for `v1/wire`, `.` when the folder is the root. Templates import shared
   * files through it, so a nested `version-folder` keeps its imports inside the package.
   */
  readonly toRoot: string;
  /** The unions that get a parse function in this version (see event-unions.ts). */
  readonly eventUnions: readonly EventUnionView[];
  /** Whether any of them is sent (`EventUnionView.sent`): the module then imports the send-side factories. */
  readonly sendsEvents: boolean;
  /**
   * Spec types named like the interfaces the validators module declares (`ValidationError`,
   * `Validator`): a module that re-exports both with `export *` must name the spec's
   * explicitly, or TypeScript rejects the ambiguity.
   */
  readonly typesNamedLikeValidatorTypes: readonly string[];
}

/** What package templates can use: the versions written, oldest first, and the one the package root exports. */
export interface PackageView {
  /** The package's name: its `package.json`'s, or made from the service's name (`VoiceLive` → `voice-live-wire`). */
  readonly packageName: string;
  /** The service's namespace, as the spec names it. */
  readonly service: string;
  /** Whether the service has `@versioned` versions (an unversioned one is written at the package root). */
  readonly versioned: boolean;
  readonly versions: readonly VersionView[];
  /**
   * The version the package root exports: the newest stable one; when every version
   * is a preview, the newest preview (`latest.preview` is then true, and templates
   * must not call it stable).
   */
  readonly latest: VersionView | undefined;
  /** The package root, relative to the root templates' own folder. */
  readonly toRoot: string;
  /** Which outputs exist to be imported: `hasTypes`, `hasSchemas`, `hasValidators`. */
  readonly hasTypes: boolean;
  readonly hasSchemas: boolean;
  readonly hasValidators: boolean;
  /** How to regenerate, for "Do not edit" lines: ``run `npm run generate` `` or ``regenerate it with `tsp compile` ``. */
  readonly regenerateHint: string;
}

export function packageView(models: readonly ApiModel[], options: ResolvedOptions, names: { packageName: string; service: string }): PackageView {
  const written = models.map((model) => model.version ?? "");
  const stable = written.filter((version) => !isPreview(version));
  const rootVersion = stable.at(-1) ?? written.at(-1);
  const versions = models.map((model): VersionView => {
    const version = model.version ?? "";
    const folder = versionFolderFor(options, model.version);
    const eventUnions = eventUnionViews(model, options.eventUnions);
    return {
      version,
      folder,
      preview: isPreview(version),
      atRoot: version === rootVersion,
      toRoot: posix.relative(folder, "") || ".",
      eventUnions,
      sendsEvents: eventUnions.some((union) => union.sent),
      typesNamedLikeValidatorTypes: model.declarations.map((d) => typeIdentifier(d.name)).filter((name) => VALIDATOR_TYPE_NAMES.some((own) => own === name)),
    };
  });
  return {
    ...names,
    versioned: models.some((model) => model.version !== undefined),
    versions,
    latest: versions.find((version) => version.atRoot),
    toRoot: ".",
    hasTypes: options.outputs.has("types"),
    hasSchemas: options.outputs.has("schemas"),
    hasValidators: options.outputs.has("validators"),
    regenerateHint: regenerateHint(options.regenerateCommand),
  };
}

/** Azure-style version strings mark previews with a `-preview` suffix. */
function isPreview(version: string): boolean {
  return /-preview$/.test(version);
}
