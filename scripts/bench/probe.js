// One fresh process of the cold-start and heap figures: load one contender, validate
// the first event of the stream, exit. Run by lib/probes.js as
// `node [--expose-gc] probe.js <contender> <generated dir> <event file> [typia module]`;
// with --expose-gc it prints the heap the load retained. Every probe pays the same
// fixed cost (this file, reading the event): the "esm-empty" probe measures it.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const [id, dir, eventFile, typiaModule] = process.argv.slice(2);
const load = (path) => import(pathToFileURL(path).href);
const benchLib = (file) => load(join(import.meta.dirname, "lib", file));
const version = () => dir.split(/[\\/]/).pop();

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
  typebox: async () => (await benchLib("to-typebox.js")).compileTypeBox((await benchLib("schema.js")).loadBundle(version()), "ServerEvent"),
  zod: async () => (await benchLib("to-zod.js")).compileZod((await benchLib("schema.js")).loadBundle(version()), "ServerEvent"),
  typia: async () => (await load(typiaModule)).isServerEvent,
};

const measureHeap = typeof globalThis.gc === "function";
let before = 0;
if (measureHeap) {
  globalThis.gc();
  before = process.memoryUsage().heapUsed;
}
const text = readFileSync(eventFile, "utf8");
const check = await setups[id]();
if (!check(JSON.parse(text), text)) process.exit(3);
globalThis.keep = check;
if (measureHeap) {
  globalThis.gc();
  console.log(JSON.stringify({ retained: process.memoryUsage().heapUsed - before }));
}
