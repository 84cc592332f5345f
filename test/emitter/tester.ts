import { resolvePath, type Diagnostic } from "@typespec/compiler";
import { createTester } from "@typespec/compiler/testing";

const projectRoot = resolvePath(import.meta.dirname, "../..");

/** The real compiler with the versioning library and this emitter, on an in-memory file system. */
export const Tester = createTester(projectRoot, { libraries: ["@typespec/versioning", "typespec-wire-emitter"] })
  .importLibraries()
  .using("TypeSpec.Versioning");

/** The same with TCGC, for `@usage` (`Usage.input` / `Usage.output`), which gives types their direction. */
export const UsageTester = createTester(projectRoot, {
  libraries: ["@typespec/versioning", "@azure-tools/typespec-client-generator-core", "typespec-wire-emitter"],
})
  .importLibraries()
  .using("TypeSpec.Versioning", "Azure.ClientGenerator.Core");
/** The same with `@typespec/http` imported and in scope: for specs with HTTP operations. */
export const HttpTester = createTester(projectRoot, { libraries: ["@typespec/http", "@typespec/versioning", "typespec-wire-emitter"] })
  .importLibraries()
  .using("TypeSpec.Http", "TypeSpec.Versioning");

export interface Emitted {
  /** Output files by path relative to the output directory. */
  readonly files: Record<string, string>;
  readonly diagnostics: readonly Diagnostic[];
}

/** Compiles a snippet and runs the emitter on it, keeping diagnostics instead of failing on them; `files` are added to the virtual file system. */
export async function emit(
  code: string,
  options: Record<string, unknown> = {},
  files: Record<string, string> = {},
  tester: typeof Tester = Tester,
): Promise<Emitted> {
  const [result, diagnostics] = await tester.files(files).emit("typespec-wire-emitter", options).compileAndDiagnose(code);
  return { files: result.outputs, diagnostics };
}

/** {@link emit} for a spec that uses `@typespec/http`. */
export async function emitHttp(code: string, options: Record<string, unknown> = {}): Promise<Emitted> {
  const [result, diagnostics] = await HttpTester.emit("typespec-wire-emitter", options).compileAndDiagnose(code);
  return { files: result.outputs, diagnostics };
}

/** The emitted JSON Schema bundle of one version (`1/schema.json`), parsed. */
export const schemaOf = (files: Record<string, string>, version: string): any => JSON.parse(files[`${version}/schema.json`]!);

/** One definition (`$defs[name]`) of a version's emitted JSON Schema bundle. */
export const defOf = (files: Record<string, string>, version: string, name: string): any => schemaOf(files, version).$defs[name];

/** A versioned service around the given declarations. */
export function versionedService(body: string, versions = ["v1: \"1\"", "v2: \"2\""]): string {
  return [
    "@service",
    "@versioned(Versions)",
    "namespace Demo;",
    `enum Versions { ${versions.join(", ")} }`,
    body,
  ].join("\n");
}

/** An export of an emitted validators module: a guard `is<Name>`, or a validator `validate<Name>` that keeps its last `errors`. */
export type EmittedCheck = ((value: unknown) => boolean) & { errors?: unknown };

/**
 * Imports an emitted, self-contained module (a `validators.js`) from memory, as a
 * `data:` URL: nothing to write or clean up. The one way tests load emitted code.
 */
export async function importEmitted(source: string): Promise<Record<string, EmittedCheck>> {
  return import(`data:text/javascript;base64,${Buffer.from(source).toString("base64")}`);
}
