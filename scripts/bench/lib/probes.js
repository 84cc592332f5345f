// Fresh `node` processes: cold start (spawn → import one version's validators → validate
// the first event of the stream → exit) and retained heap (heapUsed after gc, before and
// after loading + one validation, with --expose-gc), each a run of scripts/bench/probe.js.
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
};

/** The probes of this run, as `{ id: { label, args } }`: scripts/bench/probe.js with its arguments. */
export function probeCommands(version, firstEvent, typiaModule) {
  mkdirSync(SCRATCH, { recursive: true });
  const eventFile = join(SCRATCH, "first-event.json");
  writeFileSync(eventFile, JSON.stringify(firstEvent));
  const ids = Object.keys(LABELS).filter((id) => id !== "typia" || typiaModule);
  return Object.fromEntries(ids.map((id) => [id, { label: LABELS[id], args: [join(BENCH_DIR, "probe.js"), id, join(GENERATED, version), eventFile, ...(typiaModule ? [typiaModule] : [])] }]));
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
