// What the bytes of an AJV standalone module are made of (a validators module the schema explainer cannot explain; zero literals elsewhere): the error objects each failing
// check returns, and the options object each `$ref` call passes. Regex over minified code,
// so approximate; enough to say where the size goes.
import { gzipSync } from "node:zlib";

export function sizeAnatomy(code) {
  const errorLiterals = code.match(/\.errors=\[\{[^\]]*?\}\]/g) ?? [];
  const callOptions = code.match(/\{instancePath:[^{}]*?rootData:[^{}]*?\}/g) ?? [];
  const withoutErrors = code.replace(/\.errors=\[\{[^\]]*?\}\]/g, ".errors=E");
  return {
    bytes: Buffer.byteLength(code),
    gzip: gzipSync(code, { level: 9 }).length,
    errorLiterals: errorLiterals.length,
    errorBytes: errorLiterals.reduce((n, s) => n + s.length, 0),
    callOptions: callOptions.length,
    gzipWithoutErrors: gzipSync(withoutErrors, { level: 9 }).length,
  };
}
