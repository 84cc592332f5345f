// Fresh `node` processes: cold start (spawn → import one version's validators → validate
// the first event of the stream → exit), retained heap (heapUsed after gc, before and
// after loading + one validation, with --expose-gc), and CSP safety (the same probe with
// code generation from strings disallowed, and a count of the strings compiled to code
// when it is allowed), each a run of scripts/bench/probe.js.
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { BENCH_DIR, GENERATED, SCRATCH } from "./paths.js";
import { summarize } from "./stats.js";

const LABELS = {
  "esm-empty": "ESM script, nothing imported",
  generated: "generated validators.js",
  "generated-strict": "generated validators.strict.js",
  "generated-index": "generated index.js (parseServerEvent on the text)",
  "ajv-discriminator": "AJV runtime-compiled, discriminator",
  typebox: "TypeBox TypeCompiler (converted from schema.json)",
  zod: "zod 4 (converted from schema.json)",
  typia: "typia is (generated module)",
  schemasafe: "@exodus/schemasafe (generated module)",
  cfworker: "@cfworker/json-schema (schema.json, interpreted)",
  arktype: "ArkType (converted from schema.json)",
};

/** Contenders whose probe loads a module built earlier in the run (`--module=`). */
const BUILT = ["typia", "schemasafe"];

/**
 * The probes of this run, as `{ id: { label, args } }`: scripts/bench/probe.js with its arguments.
 * @param {Record<string, string | undefined>} modules the built module of each of BUILT (a probe whose module is missing is left out)
 */
export function probeCommands(version, firstEvent, modules) {
  mkdirSync(SCRATCH, { recursive: true });
  const eventFile = join(SCRATCH, "first-event.json");
  writeFileSync(eventFile, JSON.stringify(firstEvent));
  const ids = Object.keys(LABELS).filter((id) => !BUILT.includes(id) || modules[id]);
  const args = (id) => [join(BENCH_DIR, "probe.js"), id, join(GENERATED, version), eventFile, ...(modules[id] ? [`--module=${modules[id]}`] : [])];
  return Object.fromEntries(ids.map((id) => [id, { label: LABELS[id], args: args(id) }]));
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
    for (const [id, { args }] of entries) {
      const { ms } = spawnTimed(args);
      if (i > 0) (runs[id] ??= []).push(ms);
    }
  }
  return Object.fromEntries(Object.entries(runs).map(([id, values]) => [id, summarize(values)]));
}

/** Retained heap after loading + one validation + gc, median of `spawns`. */
export function retainedHeap(probes, spawns) {
  const out = {};
  for (const [id, { args }] of Object.entries(probes)) {
    const values = [];
    for (let i = 0; i < spawns; i++) values.push(JSON.parse(spawnTimed(["--expose-gc", ...args]).stdout.trim().split("\n").pop()).retained);
    out[id] = summarize(values);
  }
  return out;
}

/**
 * CSP safety of each probe: does it load and validate under
 * `--disallow-code-generation-from-strings` (what a page's `script-src` without
 * 'unsafe-eval' does to eval and `new Function`), and how many strings does it compile
 * to code when that is allowed, while loading and while checking the first event.
 */
export function cspCheck(probes) {
  const out = {};
  for (const [id, { args }] of Object.entries(probes)) {
    const disallowed = spawnSync(process.execPath, ["--disallow-code-generation-from-strings", ...args], { encoding: "utf8" });
    const lines = disallowed.stderr.split("\n");
    // V8's own message when there is one (AJV, for one, rethrows it inside a message of its own).
    const reason = lines.find((line) => /EvalError|code generation from strings/i.test(line)) ?? lines.find((line) => /Error/.test(line));
    const failure = disallowed.status === 0 ? undefined : (reason ?? `exit ${disallowed.status}`).trim().slice(0, 300);
    const counted = spawnTimed([...args, "--count-codegen"]).stdout.trim().split("\n").map((line) => JSON.parse(line)).find((x) => x.codegen);
    out[id] = { label: LABELS[id], runsWithoutCodegen: disallowed.status === 0, failure, ...counted.codegen };
  }
  return out;
}
