// Run as `node module-loads.mjs <package dir> <api version>`: prints, as JSON, which of the
// package's files Node has loaded after importing versions.js, and after parserFor(version).
// Node's own module hooks see every load, so what "lazily" means is observed, not assumed.
import { registerHooks } from "node:module";
import { pathToFileURL } from "node:url";

const [packageDir, apiVersion] = process.argv.slice(2);
const root = pathToFileURL(`${packageDir}/`).href;
const loaded = [];
registerHooks({
  load(url, context, nextLoad) {
    if (url.startsWith(root)) loaded.push(url.slice(root.length));
    return nextLoad(url, context);
  },
});

const versions = await import(new URL("versions.js", root).href);
const afterImport = [...loaded].sort();
const module = await versions.parserFor(apiVersion);
const afterParserFor = [...loaded].sort();
console.log(JSON.stringify({ afterImport, afterParserFor, apiVersion: module.apiVersion }));
