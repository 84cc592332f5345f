// Fresh `node` processes: cold start (spawn → import one version's validators → validate
// the first event of the stream → exit) and retained heap (heapUsed after gc, before and
// after loading + one validation, with --expose-gc). Probe scripts go to .tmp/bench/probes.
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { BENCH_DIR, GENERATED, SCRATCH } from "./paths.js";
import { summarize } from "./stats.js";

const url = (path) => JSON.stringify(pathToFileURL(path).href);

/** Setup code per probe: evaluates to `check(event, text) → boolean`. */
function setups(version, typiaModule) {
  const dir = join(GENERATED, version);
  const lib = (file) => url(join(BENCH_DIR, "lib", file));
  const schemaPath = JSON.stringify(join(dir, "schema.json"));
  const probes = {
    "esm-empty": { label: "ESM script, nothing imported", code: `(() => true)` },
    generated: { label: "generated validators.js", code: `(await import(${url(join(dir, "validators.js"))})).validateServerEvent` },
    "generated-strict": { label: "generated validators.strict.js", code: `(await import(${url(join(dir, "validators.strict.js"))})).validateServerEvent` },
    "generated-index": {
      label: "generated index.js (parseServerEvent on the text)",
      code: `((m) => (_event, text) => m.parseServerEvent(text).ok)(await import(${url(join(dir, "index.js"))}))`,
    },
    "ajv-discriminator": {
      label: "AJV runtime-compiled, discriminator",
      code: `await (async () => { const { readFileSync } = await import("node:fs"); const Ajv = (await import("ajv")).default; const schema = JSON.parse(readFileSync(${schemaPath}, "utf8")); const ajv = new Ajv({ discriminator: true, strict: true, strictTypes: false, allowUnionTypes: true, validateFormats: false }); ajv.addSchema(schema); return ajv.getSchema(schema.$id + "#/$defs/ServerEvent"); })()`,
    },
    typebox: {
      label: "TypeBox TypeCompiler (converted from schema.json)",
      code: `(await import(${lib("to-typebox.js")})).compileTypeBox((await import(${lib("schema.js")})).loadBundle(${JSON.stringify(version)}), "ServerEvent")`,
    },
    zod: {
      label: "zod 4 (converted from schema.json)",
      code: `(await import(${lib("to-zod.js")})).compileZod((await import(${lib("schema.js")})).loadBundle(${JSON.stringify(version)}), "ServerEvent")`,
    },
  };
  if (typiaModule) probes.typia = { label: "typia is (generated module)", code: `(await import(${url(typiaModule)})).isServerEvent` };
  return probes;
}

/** Writes the probe scripts; returns `{ id: { label, file } }`. */
export function writeProbes(version, firstEvent, typiaModule) {
  const dir = join(SCRATCH, "probes");
  mkdirSync(dir, { recursive: true });
  const text = JSON.stringify(firstEvent);
  const out = {};
  for (const [id, { label, code }] of Object.entries(setups(version, typiaModule))) {
    const file = join(dir, `${id}.mjs`);
    writeFileSync(
      file,
      [
        `// Bench probe (${label}), written by scripts/bench/lib/probes.js.`,
        `const heap = typeof globalThis.gc === "function";`,
        `let before = 0;`,
        `if (heap) { globalThis.gc(); before = process.memoryUsage().heapUsed; }`,
        `const text = ${JSON.stringify(text)};`,
        `const check = ${code};`,
        `if (!check(JSON.parse(text), text)) process.exit(3);`,
        `globalThis.keep = check;`,
        `if (heap) { globalThis.gc(); console.log(JSON.stringify({ retained: process.memoryUsage().heapUsed - before })); }`,
        ``,
      ].join("\n"),
    );
    out[id] = { label, file };
  }
  return out;
}

function spawnTimed(args) {
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { encoding: "utf8" });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (result.status !== 0) throw new Error(`probe ${args.join(" ")} exited ${result.status}: ${result.stderr.trim().slice(0, 400)}`);
  return { ms, stdout: result.stdout };
}

/** Cold start, `spawns` times each, round-robin; `node -e 0` is the baseline. */
export function coldStart(probes, spawns) {
  const runs = { bare: [] };
  const entries = Object.entries(probes);
  for (let i = 0; i < spawns + 1; i++) {
    const bare = spawnTimed(["-e", "0"]).ms;
    if (i > 0) runs.bare.push(bare); // the first round only warms the file cache
    for (const [id, { file }] of entries) {
      const { ms } = spawnTimed([file]);
      if (i > 0) (runs[id] ??= []).push(ms);
    }
  }
  return Object.fromEntries(Object.entries(runs).map(([id, values]) => [id, summarize(values)]));
}

/** Retained heap after loading + one validation + gc, median of `spawns`. */
export function retainedHeap(probes, spawns) {
  const out = {};
  for (const [id, { file }] of Object.entries(probes)) {
    const values = [];
    for (let i = 0; i < spawns; i++) values.push(JSON.parse(spawnTimed(["--expose-gc", file]).stdout.trim().split("\n").pop()).retained);
    out[id] = summarize(values);
  }
  return out;
}
