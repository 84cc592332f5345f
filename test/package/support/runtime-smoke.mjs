// Run as `node runtime-smoke.mjs <package dir> [--library-only]`: loads every module of the
// package and uses each kind of function once (parse, check, serialize, parserFor, development mode's explainAll, and the
// command line unless --library-only), and prints what it saw as JSON. Plain JavaScript with nothing newer than the package needs, so
// it can run on the oldest Node the package declares (`engines`), e.g.
// `npx -y node@<version> test/package/support/runtime-smoke.mjs generated`.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";

const packageDir = resolve(process.argv[2] ?? ".");
const libraryOnly = process.argv.includes("--library-only");
const load = (path) => import(pathToFileURL(join(packageDir, path)).href);
const manifest = JSON.parse(readFileSync(join(packageDir, "package.json"), "utf8"));

const root = await load("index.js");
const versions = await load("versions.js");
const seen = { node: process.versions.node, versions: {} };

for (const apiVersion of root.apiVersions) {
  const module = await versions.parserFor(apiVersion);
  const strict = await load(`${apiVersion}/strict.js`);
  // Development mode imports the version's schema.json as a JSON module.
  const dev = await load(`${apiVersion}/dev.js`);
  const unknownType = module.parseServerEvent(JSON.stringify({ type: "no.such.event" }));
  const badJson = module.parseServerEvent("{");
  const misspelt = module.checkClientEvent({ type: "session.update", sesion: {} });
  const serialized = module.serializeClientEvent({ type: "input_audio_buffer.clear" });
  // A value outside a merged `int32 | "inf"`: the message lists what is allowed.
  const alternatives = module.checkClientEvent({ type: "response.create", response: { max_output_tokens: true } });
  const strictExtra = strict.parseClientEvent(JSON.stringify({ type: "input_audio_buffer.clear", extra: 1 }));
  seen.versions[apiVersion] = {
    apiVersion: module.apiVersion,
    unknownType: unknownType.ok ? "ok" : unknownType.error.kind,
    badJson: badJson.ok ? "ok" : badJson.error.kind,
    misspelt: misspelt === undefined ? "accepted" : misspelt.message,
    serialized: serialized.ok ? serialized.text : serialized.error.message,
    strictExtra: strictExtra.ok ? "ok" : strictExtra.error.kind,
    alternatives: alternatives === undefined ? "accepted" : alternatives.message,
    allProblems: dev.explainAll("ClientEvent", { type: "session.update", session: { instructons: "hi", voice: 5 } }),
  };
}

try {
  await versions.parserFor("0000-00-00");
  seen.unknownVersion = "resolved";
} catch (error) {
  seen.unknownVersion = error.code;
}

// The command line, on a two-event session, as `npx voicelive-wire check` runs it.
if (!libraryOnly) runCommandLine();
console.log(JSON.stringify(seen));

function runCommandLine() {
const scratch = mkdtempSync(join(tmpdir(), "voicelive-wire-smoke-"));
try {
  const session = join(scratch, "session.jsonl");
  writeFileSync(session, `${JSON.stringify({ type: "input_audio_buffer.clear" })}\n${JSON.stringify({ type: "session.created", event_id: "e", session: { id: "s" } })}\n`);
  const bin = join(packageDir, manifest.bin["voicelive-wire"]);
  const output = execFileSync(process.execPath, [bin, "check", session, "--json", "--quiet"], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  const summary = JSON.parse(output.trim().split("\n").pop());
  seen.cli = { events: summary.events, acceptedBy: summary.acceptedBy };
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
}
