// One fresh process of the cold-start, heap and CSP figures: load one contender, validate
// the first event of the stream, exit. Run by lib/probes.js as
// `node [--expose-gc | --disallow-code-generation-from-strings] probe.js <contender> <generated dir> <event file> [--module=<file>] [--count-codegen]`;
// with --expose-gc it prints the heap the load retained; with --count-codegen, how many
// strings were compiled to code (`Function`, `eval`) while loading and while checking.
// Every probe pays the same fixed cost (this file, reading the event): the "esm-empty"
// probe measures it.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const [id, dir, eventFile, ...options] = process.argv.slice(2);
const module = options.find((o) => o.startsWith("--module="))?.slice("--module=".length);
const load = (path) => import(pathToFileURL(path).href);
const benchLib = (file) => load(join(import.meta.dirname, "lib", file));
const version = () => dir.split(/[\\/]/).pop();
const bundle = async () => (await benchLib("schema.js")).loadBundle(version());

/**
 * Counts strings compiled to code from now on: `Function` (also reached as
 * `fn.constructor`, or through `class extends Function`) and `eval` go through counting
 * wrappers. Installed before the contender loads, so its module code sees the wrappers.
 */
function countCodeGeneration() {
  const counter = { strings: 0 };
  const RealFunction = globalThis.Function;
  const counted = new Proxy(RealFunction, {
    apply: (target, self, args) => (counter.strings++, Reflect.apply(target, self, args)),
    construct: (target, args, newTarget) => (counter.strings++, Reflect.construct(target, args, newTarget === counted ? target : newTarget)),
  });
  globalThis.Function = counted;
  Object.defineProperty(RealFunction.prototype, "constructor", { value: counted, writable: true, configurable: true });
  const realEval = globalThis.eval;
  globalThis.eval = (code) => (counter.strings++, realEval(code));
  return counter;
}

/** Per contender: load it and return `check(event, text) → boolean`. */
const setups = {
  "esm-empty": async () => () => true,
  generated: async () => (await load(join(dir, "validators.js"))).validateServerEvent,
  "generated-strict": async () => (await load(join(dir, "validators.strict.js"))).validateServerEvent,
  "generated-index": async () => {
    const { parseServerEvent } = await load(join(dir, "index.js"));
    return (_event, text) => parseServerEvent(text).ok;
  },
  "ajv-discriminator": async () => {
    const { default: Ajv } = await import("ajv");
    const schema = JSON.parse(readFileSync(join(dir, "schema.json"), "utf8"));
    const ajv = new Ajv({ discriminator: true, strict: true, strictTypes: false, allowUnionTypes: true, validateFormats: false });
    ajv.addSchema(schema);
    return ajv.getSchema(`${schema.$id}#/$defs/ServerEvent`);
  },
  typebox: async () => (await benchLib("to-typebox.js")).compileTypeBox(await bundle(), "ServerEvent"),
  zod: async () => (await benchLib("to-zod.js")).compileZod(await bundle(), "ServerEvent"),
  typia: async () => (await load(module)).isServerEvent,
  schemasafe: async () => (await load(module)).validateServerEvent,
  cfworker: async () => (await benchLib("cfworker.js")).compileCfworker(await bundle(), "ServerEvent"),
  arktype: async () => (await benchLib("to-arktype.js")).compileArkType(await bundle(), "ServerEvent"),
};

const codegen = options.includes("--count-codegen") ? countCodeGeneration() : undefined;
const measureHeap = typeof globalThis.gc === "function";
let before = 0;
if (measureHeap) {
  globalThis.gc();
  before = process.memoryUsage().heapUsed;
}
const text = readFileSync(eventFile, "utf8");
const check = await setups[id]();
const atLoad = codegen?.strings;
if (!check(JSON.parse(text), text)) process.exit(3);
globalThis.keep = check;
if (codegen) console.log(JSON.stringify({ codegen: { atLoad, atCheck: codegen.strings - atLoad } }));
if (measureHeap) {
  globalThis.gc();
  console.log(JSON.stringify({ retained: process.memoryUsage().heapUsed - before }));
}
