// `npm run bench`: validator speed against every alternative, cold start, size, heap,
// and the emitter's own speed, on a seeded VoiceLive event stream; writes
// docs/benchmarks.md and docs/benchmarks.svg. `--quick` runs one short round and
// writes the report to .tmp/bench/ instead (for working on the bench itself). `--emitter-only`
// times the emitters alone (printed, not reported); `--no-emitter` skips them.
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { checkContenders } from "./lib/checks.js";
import { buildContenders } from "./lib/contenders.js";
import { emitterSpeed, emitterSummary, profileWire } from "./lib/emitter-speed.js";
import { HAND_WRITTEN_TYPES } from "./lib/hand-written.js";
import { constraintViolations, invalidEvents } from "./lib/invalid.js";
import { machineInfo } from "./lib/machine.js";
import { DOCS, GENERATED, GENERATED_SOURCE, REPO, SCRATCH, VERSION } from "./lib/paths.js";
import { coldStart, cspCheck, probeCommands, retainedHeap } from "./lib/probes.js";
import { writeReport } from "./lib/report.js";
import { loadBundle, readHotVariants } from "./lib/schema.js";
import { measurePeerSizes, measureSizes } from "./lib/sizes.js";
import { summarize } from "./lib/stats.js";
import { buildStreams, keyShapes, LARGE_TYPES, typeCounts } from "./lib/stream.js";
import { runValidation } from "./lib/validation.js";
import { v8Tier } from "./lib/v8-tier.js";

// `--report-only`: render the report again from the last run's raw figures, measuring nothing.
if (process.argv.includes("--report-only")) {
  const last = JSON.parse(readFileSync(join(SCRATCH, "results.json"), "utf8"));
  console.log(`wrote ${writeReport(last, last.quick ? SCRATCH : DOCS).join(", ")} from .tmp/bench/results.json`);
  process.exit(0);
}
const quick = process.argv.includes("--quick");
const skipEmitter = process.argv.includes("--no-emitter");
const SEED = 20260410;
const config = quick
  ? { rounds: 1, budget: { budgetMs: 25, minSamples: 3 }, spawns: 3, heapSpawns: 1, emitterRuns: 1 }
  : { rounds: 5, budget: { budgetMs: 120, minSamples: 6 }, spawns: 10, heapSpawns: 3, emitterRuns: 5 };

const started = performance.now();
const loadStart = loadavg()[0];
const log = (message) => console.log(`[bench ${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${message}`);

if (typeof globalThis.gc !== "function") log("note: run with --expose-gc (npm run bench does) so mitata can collect garbage between measurements");
rmSync(GENERATED, { recursive: true, force: true });
cpSync(GENERATED_SOURCE, GENERATED, { recursive: true });
const versions = readdirSync(GENERATED).filter((name) => /^\d{4}-\d{2}-\d{2}/.test(name)).sort();
if (!versions.includes(VERSION)) throw new Error(`generated/${VERSION} is missing: run npm run generate`);

// `--emitter-only`: the emitter timings and profile alone (a minute or two), printed and kept in
// .tmp/bench/emitter.json; the report in docs/ is left as it is.
if (process.argv.includes("--emitter-only")) {
  const emitter = emitterSpeed(versions, quick ? 1 : config.emitterRuns, log);
  emitter.profile = profileWire();
  mkdirSync(SCRATCH, { recursive: true });
  writeFileSync(join(SCRATCH, "emitter.json"), `${JSON.stringify({ loadStart, loadEnd: loadavg()[0], versions, emitter }, null, 2)}\n`);
  console.log(emitterSummary(emitter));
  process.exit(0);
}

// 1. Data: the stream, its hot and large subsets, JSON texts, invalid events.
const bundle = loadBundle(VERSION);
// Round-tripped through JSON: validators meet freshly parsed objects (own strings, JSON.parse's hidden classes), not the sampler's.
const viaJson = (value) => JSON.parse(JSON.stringify(value));
const streams = buildStreams(bundle, { seed: SEED, serverCount: 10_000, clientCount: 2_000 });
const server = streams.server.map(viaJson);
const client = streams.client.map(viaJson);
const hotSet = new Set(HAND_WRITTEN_TYPES);
const data = {
  server,
  client,
  hot: server.filter((e) => hotSet.has(e.type)),
  large: server.filter((e) => LARGE_TYPES.includes(e.type)),
  texts: server.map((e) => JSON.stringify(e)),
  invalid: invalidEvents(bundle, server, 450, SEED + 1).map((x) => ({ ...x, event: viaJson(x.event) })),
  constraints: constraintViolations(bundle, server, 100, SEED + 2).map((x) => ({ ...x, event: viaJson(x.event) })),
};
log(`stream: ${server.length} server events, ${client.length} client events, ${data.invalid.length} invalid, ${data.constraints.length} constraint violations`);

// 2. Contenders, and the start-up check that they accept/reject the right events.
const { contenders, notes } = await buildContenders(bundle);
const agreement = checkContenders(contenders, data);
log(`contenders: ${contenders.map((c) => c.id).join(", ")}; start-up check passed`);
const index = await import(pathToFileURL(join(GENERATED, VERSION, "index.js")).href);
data.extraParse = [
  { id: "json-parse", label: "JSON.parse alone", family: "floor", parseCheck: (text) => JSON.parse(text) !== undefined },
  { id: "generated-index", label: "generated parseServerEvent (index.js)", family: "generated", parseCheck: (text) => index.parseServerEvent(text).ok },
];

// 3. Per-event timings.
const expectedMemo = new Map();
const expectedCount = (c, set, check) => {
  const key = `${c.id}/${set.id}`;
  if (!expectedMemo.has(key)) expectedMemo.set(key, set.data.reduce((n, value) => n + (check(value) ? 1 : 0), 0));
  return expectedMemo.get(key);
};
const validation = await runValidation(contenders, data, { rounds: config.rounds, budget: config.budget, seed: SEED, log, expectedCount });
log("validation timings done");
for (const c of contenders) c.tier = v8Tier(c.rawServer);

// 4. Sizes, cold start, retained heap, CSP safety.
const builtModule = (id) => contenders.find((c) => c.id === id)?.module;
const sizes = { ...measureSizes(versions, builtModule("typia")), peers: measurePeerSizes(bundle, builtModule("schemasafe")) };
const probes = probeCommands(VERSION, server[0], { typia: builtModule("typia"), schemasafe: builtModule("schemasafe") });
const cold = coldStart(probes, config.spawns);
log("cold start done");
const heap = retainedHeap(probes, config.heapSpawns);
log("retained heap done");
const csp = cspCheck(probes);
log("CSP check done");

// 5. The emitter's own speed.
const emitter = skipEmitter ? undefined : emitterSpeed(versions, config.emitterRuns, log);
if (emitter) {
  emitter.profile = profileWire();
  log("emitter profile done");
}

const results = {
  quick,
  seed: SEED,
  version: VERSION,
  versions,
  config,
  machine: machineInfo(),
  loadStart,
  measuredAt: new Date().toISOString().slice(0, 10),
  data: {
    serverCount: server.length,
    clientCount: client.length,
    serverVariants: bundle.defs.ServerEvent.oneOf?.length,
    serverTypes: typeCounts(server),
    clientTypes: typeCounts(client),
    hotCount: data.hot.length,
    largeCount: data.large.length,
    invalidKinds: Object.entries(Object.groupBy(data.invalid, (x) => x.kind)).map(([kind, list]) => [kind, list.length]),
    constraintKinds: Object.entries(Object.groupBy(data.constraints, (x) => x.kind)).map(([kind, list]) => [kind, list.length]),
    textBytes: data.texts.reduce((n, t) => n + t.length, 0),
    largeBytes: summarize(data.large.map((e) => JSON.stringify(e).length)),
    // The `response` of response.created and response.done: in the stream every optional field is present or not at random;
    // beside it, the same in the real events of the conformance corpus.
    responseShapes: keyShapes(responsesOf(server)),
    corpusResponseShapes: keyShapes(responsesOf(corpusEvents())),
    hot: readHotVariants(readFileSync(join(REPO, "spec", "tspconfig.yaml"), "utf8")),
  },
  contenders: contenders.map(({ id, label, family, setupMs, release, tier }) => ({ id, label, family, setupMs, release, tier, agreement: agreement.get(id) })),
  notes,
  validation: { results: validation.results, sets: validation.sets.map(({ id, label, data: d }) => ({ id, label, size: d.length })), extra: data.extraParse.map(({ id, label, family }) => ({ id, label, family })) },
  sizes,
  cold: Object.fromEntries(Object.entries(cold).map(([id, s]) => [id, { ...s, label: probes[id]?.label ?? "node -e 0" }])),
  heap: Object.fromEntries(Object.entries(heap).map(([id, s]) => [id, { ...s, label: probes[id].label }])),
  csp,
  emitter,
  elapsedS: (performance.now() - started) / 1000,
};
mkdirSync(SCRATCH, { recursive: true });
writeFileSync(join(SCRATCH, "results.json"), `${JSON.stringify(results, null, 2)}\n`);
const outDir = quick ? SCRATCH : DOCS;
const written = writeReport(results, outDir);
log(`wrote ${written.join(", ")} (raw figures: .tmp/bench/results.json) in ${results.elapsedS.toFixed(0)} s`);

/** The `response` objects of response.created and response.done events. */
function responsesOf(events) {
  return events.filter((e) => (e.type === "response.created" || e.type === "response.done") && e.response).map((e) => e.response);
}

/** Every event of the conformance corpus (test/conformance/corpus/*.jsonl: recorded sessions and documented examples). */
function corpusEvents() {
  const dir = join(REPO, "test", "conformance", "corpus");
  return readdirSync(dir)
    .filter((file) => file.endsWith(".jsonl"))
    .sort()
    .flatMap((file) => readFileSync(join(dir, file), "utf8").split("\n").filter((line) => line.trim() !== "").map((line) => JSON.parse(line)));
}
