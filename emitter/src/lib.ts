import { createTypeSpecLibrary, paramMessage, type JSONSchemaType } from "@typespec/compiler";

/** The kinds of output one emitter run can write: for every API version, and (`changelog`, `package`) across them. */
export const OUTPUT_KINDS = ["types", "schemas", "validators", "changelog", "package"] as const;
export type OutputKind = (typeof OUTPUT_KINDS)[number];

/** Options as written in `tspconfig.yaml` under `options.typespec-wire-emitter`. */
export interface WireEmitterOptions {
  "versions"?: ListOption;
  "version-folder"?: string;
  "outputs"?: ListOption;
  "package-templates"?: string;
  "hot-variants"?: ListOption;
  "regenerate-command"?: string;
  "event-unions"?: ListOption;
  "directions"?: ListOption;
}

/**
 * A list as `tspconfig.yaml` gives it (`[a, b]`) or as a command line does
 * (`--option typespec-wire-emitter.versions=a,b`, which arrives as the string `"a,b"`).
 * options.ts turns both into one list and checks the entries.
 */
export type ListOption = string[] | string;

/** The schema of a list option: a YAML list, or one string holding a comma list. */
function listOptionSchema(items: Record<string, unknown>, description: string) {
  return { type: ["array", "string"], items, description };
}

/**
 * Closed: an option the emitter does not have is a schema violation. The list options
 * are unions of array and string, which ajv's `JSONSchemaType` cannot express, hence
 * the one cast; the compiler validates with `allowUnionTypes`.
 */
const optionsSchema = {
  type: "object",
  additionalProperties: false,
  properties: {
    "versions": listOptionSchema(
      { type: "string" },
      "API versions to emit, by their value (for example `2026-04-10`): a list, or one string with the values separated by commas. Default: every version of the service.",
    ),
    "version-folder": {
      type: "string",
      nullable: true,
      description:
        "Folder, relative to the output directory, that receives one version's files. Must contain `{version}`. Default: `{version}`.",
    },
    "outputs": listOptionSchema(
      { type: "string" },
      "Which outputs to write per version (a list, or one string separated by commas): `types` (TypeScript declarations), `schemas` (JSON Schema bundle), `validators` (precompiled validators, needs `schemas`' shapes but not the file), `changelog` (`CHANGES.md` and `changes.json` at the root: what changed between consecutive versions, written when two or more versions are emitted), `package` (package.json, per-version and root index modules with parse functions, README, the parsing runtime). Default: all five.",
    ),
    "package-templates": {
      type: "string",
      nullable: true,
      description:
        "Directory of package templates that replace or add to the emitter's own, file by file (`package.json`, `README.md.mustache`, `version/index.js.mustache`, …). Default: the emitter's templates alone.",
    },
    "event-unions": listOptionSchema(
      { type: "string" },
      "Discriminated unions that get a parse function (`parseServerEvent`) in each version's index module, by name: a list, or one string separated by commas. Default: the discriminated unions no other type uses, those with a TCGC `@usage` (or a `directions` entry) when any has one.",
    ),
    "directions": listOptionSchema(
      { type: "string" },
      "Who sends a type, stated here instead of (or over) a TCGC `@usage`: entries `Name:input` (a client sends it: checked strictly, with a send side), `Name:output` (the service sends it: read tolerantly), `Name:both` or `Name:none`, by the name the spec declares the type with; a list, or one string separated by commas (`ServerEvent:output,ClientEvent:input`). Passed on to the types it refers to, as a `@usage` is. Default: the spec's `@usage` alone.",
    ),
    "regenerate-command": {
      type: "string",
      description:
        "The command that regenerates the output, named in the first line of every generated file (`Do not edit: run \`npm run generate\`.`). One line. Default: the line says to regenerate with `tsp compile`.",
    },
    "hot-variants": listOptionSchema(
      { type: "string" },
      "Discriminator values that validators should test first, most frequent first (for example `response.audio.delta`): a list, or one string separated by commas. Default: values ending in `.delta`, then the rest by name.",
    ),
  },
  required: [],
} as unknown as JSONSchemaType<WireEmitterOptions>;

export const $lib = createTypeSpecLibrary({
  name: "typespec-wire-emitter",
  diagnostics: {
    "unknown-version": {
      severity: "error",
      messages: {
        default: paramMessage`Option "versions" names "${"version"}", which is not a version of the service. Known versions: ${"known"}.`,
      },
    },
    "invalid-option": {
      severity: "error",
      messages: {
        default: paramMessage`Option "${"option"}" has the value "${"value"}": ${"reason"}.`,
      },
    },
    "invalid-version-folder": {
      severity: "error",
      messages: {
        default: paramMessage`Option "version-folder" is "${"value"}": it must contain "{version}" and stay inside the output directory.`,
      },
    },
    "name-collision": {
      severity: "error",
      messages: {
        default: paramMessage`Two types are both named "${"name"}" (${"first"} and ${"second"}); this is an error, so nothing is written. Rename one of them.`,
        identifier: paramMessage`Types ${"first"} and ${"second"} would both be emitted as the TypeScript identifier "${"name"}"; this is an error, so nothing is written. Rename one of them.`,
      },
    },
    "template-not-instantiated": {
      severity: "warning",
      messages: {
        default: paramMessage`Template "${"name"}" is never instantiated with concrete arguments here; it is not emitted as a declaration (its instances are emitted inline where used).`,
      },
    },
    "undiscriminated-union": {
      severity: "warning",
      messages: {
        default: paramMessage`Union "${"name"}" has model variants but no discriminator; it is emitted as a plain union (JSON Schema "anyOf"), which validators must try branch by branch. To dispatch in one step, give each model a distinct literal "type", derive them from a @discriminator base model, or mark the union @discriminated(#{ envelope: "none", discriminatorPropertyName: … }).`,
        untaggedVariant: paramMessage`Union "${"name"}" is @discriminated with envelope "none", but its variant ${"variant"} has no property "${"property"}" to dispatch on; "${"name"}" is emitted as a plain union (JSON Schema "anyOf"). Declare "${"property"}" on ${"variant"} with its tag value.`,
        objectDefault: paramMessage`Union "${"name"}" is @discriminated with envelope "none", but its default variant ${"variant"} is a model, whose values carry no tag of their own to dispatch on; "${"name"}" is emitted as a plain union (JSON Schema "anyOf"), which validators must try branch by branch. Name that variant, so its model carries a tag value like the others.`,
      },
    },
    "undiscriminated-hierarchy": {
      severity: "warning",
      messages: {
        default: paramMessage`Model "${"name"}" has derived models (${"derived"}) but no @discriminator: where "${"name"}" is used, a value is checked as "${"name"}" alone, so the derived models' own properties are never checked and their types cannot be told apart. Add @discriminator("kind") to "${"name"}" and a literal "kind" to each derived model, or use a union of the models.`,
      },
    },
    "unnamed-variant": {
      severity: "warning",
      messages: {
        default: paramMessage`Variant "${"value"}" of ${"name"} is a template instance or anonymous model, which has no declaration to dispatch to; ${"name"} is emitted as a plain union (JSON Schema "anyOf"). Name it, for example \`model StringBox is Box<string>;\`.`,
        hierarchy: paramMessage`Model ${"variant"} derives from ${"name"} but is a template instance, which has no declaration to dispatch to; it is left out of ${"name"}, so values with ${"property"} "${"value"}" are rejected. Name it, for example \`model StringBox is Box<string>;\`.`,
      },
    },
    "invalid-pattern": {
      severity: "warning",
      messages: {
        default: paramMessage`@pattern "${"pattern"}" is not a valid regular expression in Unicode mode, which JSON Schema validators use (${"reason"}); it is left out of the schema and the validators. Escape the offending character, for example "-" as "\\-" inside a class.`,
      },
    },
    "unsupported-encoding": {
      severity: "warning",
      messages: {
        default: paramMessage`@encode("${"encoding"}", ${"wireType"}) on ${"type"} is not supported by this emitter; the default wire form of ${"type"} is emitted instead.`,
      },
    },
    "unsupported-type": {
      severity: "warning",
      messages: {
        default: paramMessage`The ${"kind"} type used here cannot be represented on the wire; it is emitted as "unknown".`,
      },
    },
    "output-dir-not-owned": {
      severity: "error",
      messages: {
        default: paramMessage`Output directory "${"path"}" exists and was not written by this emitter (no ${"marker"} file); refusing to replace it. Empty it or choose another directory.`,
      },
    },
    "unknown-hot-variant": {
      severity: "warning",
      messages: {
        default: paramMessage`Option "hot-variants" names "${"value"}", which is no discriminator value in any emitted version; it has no effect.`,
      },
    },
    "multiple-services": {
      severity: "warning",
      messages: {
        default: paramMessage`Namespace "${"name"}" is a second @service; only the first, "${"first"}", is emitted (types of "${"name"}" are written only when nested in it or referenced from it).`,
      },
    },
    "output-write-failed": {
      severity: "error",
      messages: {
        default: paramMessage`Could not write the output to "${"path"}": ${"reason"}. The previous output, if any, is left as it was.`,
      },
    },
    "output-path-collision": {
      severity: "error",
      messages: {
        default: paramMessage`Two outputs map to "${"path"}": ${"first"} and ${"second"}. Nothing is written; rename one of them or change "version-folder".`,
      },
    },
    "output-path-outside": {
      severity: "error",
      messages: {
        default: paramMessage`${"origin"} would write "${"path"}", outside the output directory (an API version's value leads out of it). Nothing is written.`,
      },
    },
    "unresolved-template-import": {
      severity: "error",
      messages: {
        default: paramMessage`${"origin"} renders "${"path"}", which imports "${"specifier"}": no such file in the output. Nothing is written.`,
        export: paramMessage`${"origin"} renders "${"path"}", which imports "${"name"}" from "${"specifier"}", which does not export it (the spec, the API version or the "outputs" option gives no such name). Nothing is written.`,
      },
    },
    "usage-unreadable": {
      severity: "warning",
      messages: {
        default: paramMessage`The spec uses @azure-tools/typespec-client-generator-core, but the emitter could not load it (${"reason"}); no @usage is read, so every type is emitted without a direction (no send side, no tolerant reading). Install it beside the emitter, or state the directions with the "directions" option.`,
      },
    },
    "package-templates-missing": {
      severity: "error",
      messages: {
        default: paramMessage`Option "package-templates" points at "${"path"}", which has no package.json template.`,
      },
    },
  },
  emitter: {
    options: optionsSchema,
  },
} as const);

export const { reportDiagnostic, createDiagnostic } = $lib;
