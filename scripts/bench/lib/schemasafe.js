// @exodus/schemasafe generates validation code from a JSON Schema; `toModule()` gives that
// code as a self-contained expression (no import of schemasafe at run time, no eval), which
// is how it is used where a Content Security Policy forbids eval: generate at build time,
// ship the code. It takes the emitted schema.json as it is (draft-07, with the OpenAPI
// `discriminator` keyword, which it supports and compiles to a `switch`). Built into
// .tmp/bench/schemasafe/<version>/validators.mjs on every run.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { validator } from "@exodus/schemasafe";
import ts from "typescript";
import { REPO, SCRATCH } from "./paths.js";

const require = createRequire(join(REPO, "package.json"));

/** The exports of the generated module, in the order of the `multi` compile. */
export const SCHEMASAFE_EXPORTS = [
  ["validateServerEvent", "ServerEvent"],
  ["validateClientEvent", "ClientEvent"],
];

/**
 * The same check as the emitter's AJV options (`validateFormats: false`, draft-07 content
 * keywords as annotations). schemasafe's draft-07 defaults would also assert `format: uri`
 * and test every `contentEncoding: base64` audio string; with content validation off it
 * accepts `contentEncoding` only as an unused keyword, hence `allowUnusedKeywords`.
 * Boolean answers only (`includeErrors: false`, its default), like typia `is`.
 */
export const SCHEMASAFE_OPTIONS = { formatAssertion: false, contentValidation: false, allowUnusedKeywords: true };

export const schemasafeVersion = () => JSON.parse(readFileSync(require.resolve("@exodus/schemasafe/package.json"), "utf8")).version;

/** `export const [validateServerEvent, validateClientEvent] = <schemasafe's expression>;`, printed from TypeScript nodes. */
function esmModule(expressionSource) {
  const source = ts.createSourceFile("schemasafe.js", expressionSource, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const [statement, ...rest] = source.statements;
  if (rest.length || !statement || !ts.isExpressionStatement(statement)) throw new Error("schemasafe's toModule() is no longer one expression");
  const f = ts.factory;
  const binding = f.createArrayBindingPattern(SCHEMASAFE_EXPORTS.map(([exported]) => f.createBindingElement(undefined, undefined, exported)));
  const declaration = f.createVariableStatement(
    [f.createModifier(ts.SyntaxKind.ExportKeyword)],
    f.createVariableDeclarationList([f.createVariableDeclaration(binding, undefined, undefined, statement.expression)], ts.NodeFlags.Const),
  );
  return ts.createPrinter().printFile(f.updateSourceFile(source, [declaration]));
}

/**
 * Generates the server and client event validators of one version.
 * @returns {{ module: string, buildMs: number, release: string }}
 */
export function buildSchemasafe(bundle) {
  const started = performance.now();
  const refs = SCHEMASAFE_EXPORTS.map(([, name]) => ({ $ref: `${bundle.id}#/$defs/${name}` }));
  // schemasafe accepts only `://` ids in a `schemas` array; a Map names the bundle by its urn: id.
  const validate = validator(refs, { multi: true, schemas: new Map([[bundle.id, bundle.schema]]), ...SCHEMASAFE_OPTIONS });
  const code = esmModule(validate.toModule());
  const dir = join(SCRATCH, "schemasafe", bundle.version);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const module = join(dir, "validators.mjs");
  writeFileSync(module, code);
  return { module, buildMs: performance.now() - started, release: schemasafeVersion() };
}
