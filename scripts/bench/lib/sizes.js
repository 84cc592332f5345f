// Bytes a consumer ships, per version and mode: the whole validators module, and what an
// app's bundle gets when it imports only the two event validators (guards + the schema
// reporting) or only the two event guards (boolean answers). gzip is level 9 everywhere.
import { readFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { gzipSync } from "node:zlib";
import { buildSync, transformSync } from "esbuild";
import ts from "typescript";
import { GENERATED, REPO } from "./paths.js";
import { sizeAnatomy } from "./size-anatomy.js";

/** The event validators: `true`/`false` plus AJV's `.errors` from the schema explainer on rejection. */
export const EVENT_VALIDATORS = ["validateServerEvent", "validateClientEvent"];
/** The event guards: the boolean checks every validator asks first; together they cover every server and client event type. */
export const EVENT_GUARDS = ["isServerEvent", "isClientEvent"];

const gzip = (text) => gzipSync(text, { level: 9 }).length;
const sized = ({ min, minGzip }) => ({ min, minGzip });

export function moduleSize(file) {
  const code = readFileSync(file, "utf8");
  const minified = transformSync(code, { minify: true, format: "esm", legalComments: "none" }).code;
  return { raw: Buffer.byteLength(code), gzip: gzip(code), min: Buffer.byteLength(minified), minGzip: gzip(minified) };
}

/** `export { a, b } from "<specifier>";`, printed from TypeScript nodes. */
function reExportSource(specifier, names) {
  const f = ts.factory;
  const specifiers = names.map((name) => f.createExportSpecifier(false, undefined, name));
  const statement = f.createExportDeclaration(undefined, false, f.createNamedExports(specifiers), f.createStringLiteral(specifier));
  const context = ts.createSourceFile("entry.js", "", ts.ScriptTarget.Latest, false, ts.ScriptKind.JS);
  return ts.createPrinter().printNode(ts.EmitHint.Unspecified, statement, context);
}

/**
 * What an app's bundle gets from `file` when it imports only `names`: esbuild, tree-shaken
 * and minified (a dynamic `import()` inside would be bundled in too, so this is everything it can load).
 */
export const importBundle = (file, names) => bundleOf(`./${basename(file)}`, names, dirname(file));

/** The same for a package an app installs: what `import { names } from "<name>"` adds to its bundle. */
export const packageBundle = (name, names) => bundleOf(name, names, REPO);

function bundleOf(specifier, names, resolveDir) {
  const result = buildSync({
    stdin: { contents: reExportSource(specifier, names), resolveDir, sourcefile: "entry.js", loader: "js" },
    bundle: true,
    format: "esm",
    platform: "neutral",
    write: false,
    minify: true,
    treeShaking: true,
    legalComments: "none",
    logLevel: "silent",
  });
  const code = result.outputFiles[0].text;
  return { min: Buffer.byteLength(code), minGzip: gzip(code), code };
}

export function measureSizes(versions, typiaModule) {
  const rows = [];
  for (const version of versions) {
    for (const [mode, file] of [["spec", "validators.js"], ["strict", "validators.strict.js"]]) {
      const path = join(GENERATED, version, file);
      const validators = importBundle(path, EVENT_VALIDATORS);
      const guards = importBundle(path, EVENT_GUARDS);
      rows.push({ version, mode, file, ...moduleSize(path), validators: sized(validators), guards: sized(guards), anatomy: sizeAnatomy(validators.code) });
    }
  }
  const typia = typiaModule ? { ...moduleSize(typiaModule), events: eventsOnlyTypia(typiaModule) } : undefined;
  return { rows, typia };
}

function eventsOnlyTypia(file) {
  const code = transformSync(readFileSync(file, "utf8"), { minify: true, format: "esm", legalComments: "none" }).code;
  return { min: Buffer.byteLength(code), minGzip: gzip(code) };
}

/**
 * What an app ships to check events with each peer: schemasafe's generated module (the
 * code is everything: no library at run time); cfworker's library plus the schema it
 * interprets (schema.json without whitespace); ArkType's library (plus the app's own type
 * definitions, which depend on how they are written and are not counted).
 */
export function measurePeerSizes(bundle, schemasafeModule) {
  const schemaText = JSON.stringify(bundle.schema);
  return {
    schemasafe: schemasafeModule ? moduleSize(schemasafeModule) : undefined,
    cfworker: { library: sized(packageBundle("@cfworker/json-schema", ["Validator"])), schema: { min: Buffer.byteLength(schemaText), minGzip: gzip(schemaText) } },
    arktype: { library: sized(packageBundle("arktype", ["type"])) },
  };
}
