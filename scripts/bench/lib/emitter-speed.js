// Wall time of `tsp compile spec` with each emitter, all into temp directories (never
// into generated/): this project's emitter (every version, types + schemas + validators),
// @typespec/json-schema (one bundled document; it ignores versioning), and
// @azure-tools/typespec-autorest (one OpenAPI 2 document per version). Runs interleave.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { REPO, TSP } from "./paths.js";
import { summarize } from "./stats.js";

const EMITTERS = {
  wire: {
    label: "typespec-wire-emitter (this project)",
    emitter: "typespec-wire-emitter",
    options: (out) => [`typespec-wire-emitter.emitter-output-dir=${out}`],
    outputs: (out, versions) => versions.flatMap((v) => ["schema.json", "validators.js", "validators.strict.js", "types.d.ts"].map((f) => join(out, v, f))),
    documents: (versions) => `${versions.length} versions × (types, schema, 2 validator modules)`,
  },
  "json-schema": {
    label: "@typespec/json-schema",
    emitter: "@typespec/json-schema",
    options: (out) => [`@typespec/json-schema.emitter-output-dir=${out}`, "@typespec/json-schema.file-type=json", "@typespec/json-schema.bundleId=voicelive.json", "@typespec/json-schema.emitAllModels=true"],
    outputs: (out) => [join(out, "voicelive.json")],
    documents: () => "1 bundle (newest shapes only: no versioning)",
  },
  autorest: {
    label: "@azure-tools/typespec-autorest",
    emitter: "@azure-tools/typespec-autorest",
    options: (out) => [`@azure-tools/typespec-autorest.emitter-output-dir=${out}`],
    outputs: (out, versions) => versions.map((v) => join(out, v.includes("preview") ? "preview" : "stable", v, "openapi.json")),
    documents: (versions) => `${versions.length} OpenAPI 2 documents`,
  },
};

function compileOnce(id, versions) {
  const spec = EMITTERS[id];
  const out = mkdtempSync(join(tmpdir(), `bench-${id}-`));
  const args = [TSP, "compile", "spec", "--emit", spec.emitter, ...spec.options(out).flatMap((o) => ["--option", o])];
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { cwd: REPO, encoding: "utf8", env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" } });
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  const text = `${result.stdout}\n${result.stderr}`;
  const missing = spec.outputs(out, versions).filter((file) => !existsSync(file));
  const files = existsSync(out) ? readdirSync(out, { recursive: true }).length : 0;
  rmSync(out, { recursive: true, force: true });
  if (result.status !== 0 || missing.length) {
    const errors = text.split("\n").filter((line) => /error/i.test(line));
    return { error: `exit ${result.status}${missing.length ? `, ${missing.length} expected files missing` : ""}: ${(errors.length ? errors : text.trim().split("\n").slice(-3)).slice(0, 3).join(" | ").slice(0, 400)}` };
  }
  const emitMs = Number(new RegExp(`${spec.emitter.replace(/[/.@-]/g, "\\$&")}\\s+(\\d+)ms`).exec(text)?.[1] ?? NaN);
  const warnings = Number(/Found (\d+) warnings?/.exec(text)?.[1] ?? 0);
  const warningCodes = [...new Set([...text.matchAll(/warning (\S+?):/g)].map((m) => m[1]))];
  return { wallMs, emitMs, warnings, warningCodes, files };
}

/** `runs` timed compilations per emitter after one untimed warm-up each. */
export function emitterSpeed(versions, runs, log) {
  const ids = Object.keys(EMITTERS);
  const raw = Object.fromEntries(ids.map((id) => [id, []]));
  const info = {};
  for (let i = 0; i <= runs; i++) {
    for (const id of i % 2 ? [...ids].reverse() : ids) {
      // One retry: other work may be rebuilding emitter/dist at that very moment.
      let result = compileOnce(id, versions);
      if (result.error) result = compileOnce(id, versions);
      if (result.error) {
        info[id] = { label: EMITTERS[id].label, error: result.error };
        continue;
      }
      info[id] ??= { label: EMITTERS[id].label, documents: EMITTERS[id].documents(versions), warnings: result.warnings, warningCodes: result.warningCodes, files: result.files };
      if (i > 0) raw[id].push(result);
    }
    log(`emitter run ${i}/${runs} done${i === 0 ? " (warm-up)" : ""}`);
  }
  return Object.fromEntries(
    ids.map((id) => [
      id,
      raw[id].length
        ? { ...info[id], wall: summarize(raw[id].map((r) => r.wallMs)), emit: summarize(raw[id].map((r) => r.emitMs)), wallRuns: raw[id].map((r) => r.wallMs) }
        : { label: EMITTERS[id].label, error: info[id]?.error ?? "no run" },
    ]),
  );
}

/** The timings as a few lines of text: wall and emit phase medians, and each emitter's ratio to autorest. */
export function emitterSummary(emitter) {
  const base = emitter.autorest?.wall?.median;
  const lines = Object.values(emitter).filter((x) => x && x.label).map((x) =>
    x.error
      ? `${x.label}: ${x.error}`
      : `${x.label}: wall ${x.wall.median.toFixed(0)} ms (${x.wall.min.toFixed(0)}–${x.wall.max.toFixed(0)}), emit phase ${x.emit.median.toFixed(0)} ms${base ? `, ${(x.wall.median / base).toFixed(2)}× autorest` : ""}`,
  );
  const profile = emitter.profile;
  if (profile && !profile.error) {
    const top = (entries, n) => Object.entries(entries).slice(0, n).map(([k, v]) => `${k} ${v.toFixed(0)} ms`).join(", ");
    lines.push(`profile (${profile.threads} threads, ${profile.totalMs.toFixed(0)} ms busy): ${top(profile.byPackage, 8)}`);
    lines.push(`by emitter module: ${top(profile.byModule, 8)}`);
  }
  return lines.join("\n");
}

/**
 * One untimed run of this project's emitter under --cpu-prof: where its time goes,
 * on every thread (the main one and the AJV workers; esbuild runs in a process of
 * its own, not profiled). Returns self time per package and inclusive time per
 * emitter module (ms), idle time left out.
 */
export function profileWire() {
  const out = mkdtempSync(join(tmpdir(), "bench-wire-prof-"));
  const profDir = join(out, "prof");
  const spec = EMITTERS.wire;
  const args = ["--cpu-prof", `--cpu-prof-dir=${profDir}`, TSP, "compile", "spec", "--emit", spec.emitter, ...spec.options(join(out, "out")).flatMap((o) => ["--option", o])];
  const result = spawnSync(process.execPath, args, { cwd: REPO, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
  try {
    if (result.status !== 0) return { error: `exit ${result.status}` };
    const files = readdirSync(profDir).filter((name) => name.endsWith(".cpuprofile")).sort();
    return summarizeProfiles(files.map((file) => JSON.parse(readFileSync(join(profDir, file), "utf8"))));
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

function summarizeProfiles(profiles) {
  const byPackage = {};
  const byModule = {};
  let totalUs = 0;
  for (const profile of profiles) totalUs += addProfile(profile, byPackage, byModule);
  const ms = (entries) => Object.fromEntries(Object.entries(entries).sort((a, b) => b[1] - a[1]).map(([k, v]) => [k, v / 1000]));
  return { threads: profiles.length, totalMs: totalUs / 1000, byPackage: ms(byPackage), byModule: ms(byModule) };
}

/** Adds one thread's profile into the sums; returns its busy time (µs). */
function addProfile(profile, byPackage, byModule) {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const child of n.children ?? []) parent.set(child, n.id);
  const selfUs = new Map();
  profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  let totalUs = 0;
  for (const [id, us] of selfUs) {
    if (nodes.get(id).callFrame.functionName === "(idle)") continue;
    totalUs += us;
    const url = nodes.get(id).callFrame.url;
    const pkg = packageOf(url, nodes.get(id).callFrame.functionName);
    byPackage[pkg] = (byPackage[pkg] ?? 0) + us;
    const seen = new Set();
    for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
      const frameUrl = nodes.get(cur).callFrame.url;
      const at = frameUrl.indexOf("/emitter/dist/");
      if (at === -1) continue;
      const module = frameUrl.slice(at + "/emitter/dist/".length);
      if (!seen.has(module)) {
        seen.add(module);
        byModule[module] = (byModule[module] ?? 0) + us;
      }
    }
  }
  return totalUs;
}

function packageOf(url, functionName) {
  if (!url) return functionName === "(garbage collector)" ? "(garbage collector)" : "(native / V8)";
  if (url.includes("/emitter/dist/")) return "emitter (own code)";
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (match) return match[1];
  if (url.startsWith("node:")) return "node internals";
  return "other";
}
