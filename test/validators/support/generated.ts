// The generated package as these tests see it: per API version, the schema bundle,
// the validators in both modes, and the parsers. Read from `generated/` as it is on
// disk (run `npm run generate` first when the spec or the emitter changed).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { generatedDir } from "../../support/paths.js";

/** `server` events arrive on the socket, `client` events are sent on it. */
export type Direction = "server" | "client";
export const directions: readonly Direction[] = ["server", "client"];

/** `spec` accepts unknown properties (forward compatible); `strict` rejects them. */
export type Mode = "spec" | "strict";
export const modes: readonly Mode[] = ["spec", "strict"];

/** The name of each direction's discriminated union in the schema bundle. */
export const unionName: Record<Direction, string> = { server: "ServerEvent", client: "ClientEvent" };

/** An AJV error, as the generated validators report it. */
export interface ValidationError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}

export interface Validator {
  (value: unknown): boolean;
  errors?: ValidationError[] | null;
}

export interface Rejection {
  kind: "invalid-input" | "invalid-json" | "unknown-type" | "unknown-variant" | "invalid";
  message: string;
  type?: string;
  path?: string;
  event?: unknown;
  value?: unknown;
  errors: ValidationError[];
}

export type ParseResult = { ok: true; event: unknown } | { ok: false; error: Rejection };
export type Parser = (text: string) => ParseResult;

export type JsonSchema = { [keyword: string]: unknown };
export interface SchemaBundle {
  $defs: Record<string, JsonSchema>;
}

/** One API version of the generated package. */
export interface GeneratedVersion {
  version: string;
  schema: SchemaBundle;
  /** `validate<Name>` for every model and union, per mode. */
  validators: Record<Mode, Record<string, Validator>>;
  /** `parseServerEvent` / `parseClientEvent`, per mode. */
  parsers: Record<Mode, Record<Direction, Parser>>;
}

/**
 * The API versions the package exports, oldest first. Read from the package's
 * `exports` (one `./<version>` entry each) rather than listed here, so a new
 * version is covered, and must have examples, as soon as it is generated.
 */
export const apiVersions: readonly string[] = Object.keys(
  JSON.parse(readFileSync(join(generatedDir, "package.json"), "utf8")).exports as Record<string, unknown>,
)
  .map((entry) => /^\.\/(\d{4}-\d{2}-\d{2}[^/]*)$/.exec(entry)?.[1])
  .filter((version): version is string => version !== undefined)
  // API versions start with their date, so string order is release order.
  .sort();

export function readSchema(version: string): SchemaBundle {
  return JSON.parse(readFileSync(join(generatedDir, version, "schema.json"), "utf8")) as SchemaBundle;
}

/** Imports one version's modules; each is imported once per test file and shared. */
export async function loadVersion(version: string): Promise<GeneratedVersion> {
  const [spec, strict, specEntry, strictEntry] = await Promise.all([
    import(`../../../generated/${version}/validators.js`),
    import(`../../../generated/${version}/validators.strict.js`),
    import(`../../../generated/${version}/index.js`),
    import(`../../../generated/${version}/strict.js`),
  ]);
  return {
    version,
    schema: readSchema(version),
    validators: { spec: validatorsOf(spec), strict: validatorsOf(strict) },
    parsers: {
      spec: { server: specEntry.parseServerEvent, client: specEntry.parseClientEvent },
      strict: { server: strictEntry.parseServerEvent, client: strictEntry.parseClientEvent },
    },
  };
}

export async function loadAllVersions(): Promise<GeneratedVersion[]> {
  return Promise.all(apiVersions.map(loadVersion));
}

function validatorsOf(module: Record<string, unknown>): Record<string, Validator> {
  return Object.fromEntries(Object.entries(module).filter(([name]) => name.startsWith("validate"))) as Record<string, Validator>;
}

/** The validator the package exports for a `$defs` entry. */
export function validatorFor(generated: GeneratedVersion, mode: Mode, definition: string): Validator {
  const validator = generated.validators[mode][`validate${definition}`];
  if (!validator) throw new Error(`${generated.version} ${mode}: no export validate${definition}`);
  return validator;
}
