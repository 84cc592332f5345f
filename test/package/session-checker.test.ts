// `voicelive-wire check`, the package's command line, as a user gets it: the tarball
// packed and installed into a project of its own, the `bin` run by npx and by Node.
// Held to the conformance corpus (what the conformance test accepts, the checker
// accepts; what exceptions.md excuses, it reports at the same line), to mutated
// sessions in every input form it reads, and to a 200 MB log within a memory budget.
import { execFile } from "node:child_process";
import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventType, readCorpusFile, readCorpusIndex, sourceCovers, type CorpusSource } from "../conformance/support/corpus.js";
import { appliesTo, readExceptions } from "../conformance/support/exceptions.js";
import { typeDirections } from "../conformance/support/verdicts.js";
import { loadAllVersions, type Direction, type GeneratedVersion } from "../validators/support/generated.js";
import { installPackedPackage, type InstalledPackage } from "./support/installed-package.js";
import { childEnv, run, type RunResult } from "./support/run.js";

/** Peak resident memory allowed for checking the 200 MB log (measured: about 110–125 MB). */
const MEMORY_BUDGET_BYTES = 160 * 1024 * 1024;
const LARGE_LOG_BYTES = 200 * 1024 * 1024;
const peakRssProbe = pathToFileURL(join(import.meta.dirname, "support/peak-rss.mjs")).href;

const corpusIndex = readCorpusIndex();
const exceptions = readExceptions();
const generated = await loadAllVersions();

let installed: InstalledPackage;
let bin: string;

beforeAll(async () => {
  installed = await installPackedPackage("voicelive-wire-checker-");
  bin = join(installed.packageDir, "bin/voicelive-wire.js");
});

afterAll(async () => {
  await installed?.dispose();
});

/** Runs the installed checker with Node (what npx runs, without npx's start-up). */
function check(args: readonly string[]): Promise<RunResult> {
  return run(process.execPath, [bin, "check", ...args], installed.dir);
}

interface Problem {
  kind: "problem";
  line: number;
  apiVersion: string;
  direction: Direction | null;
  type: string | null;
  path: string;
  problemKind: string;
  message: string;
}

/** The JSON Lines of `--json`: the problems, then the summary (the last line). */
function jsonOutput(result: RunResult): { problems: Problem[]; summary: any } {
  const objects = result.stdout.trim().split("\n").map((line) => JSON.parse(line));
  const summary = objects.pop();
  expect(summary.kind).toBe("summary");
  return { problems: objects as Problem[], summary };
}

/** Runs `work` over `items`, `limit` at a time: the corpus matrix is about ninety runs of the checker. */
async function inBatches<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let start = 0; start < items.length; start += limit) results.push(...(await Promise.all(items.slice(start, start + limit).map(work))));
  return results;
}

/** `run` with extra environment variables. */
function runWithEnv(file: string, args: readonly string[], env: Record<string, string>): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    execFile(file, args, { cwd: installed.dir, env: { ...childEnv(), ...env }, encoding: "utf8", maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error && typeof error.code !== "number") reject(error);
      else resolve({ code: error ? (error.code as number) : 0, stdout, stderr });
    });
  });
}

const corpusPath = (file: string) => join(import.meta.dirname, "../conformance/corpus", file);
const versionNamed = (name: string): GeneratedVersion => generated.find((version) => version.version === name)!;

describe("voicelive-wire check, installed from the packed tarball", () => {
  it("is the package's bin: npx finds it, and --help says what it reads", async () => {
    const help = await run("npx", ["--no", "--", "voicelive-wire", "--help"], installed.dir);
    expect(help.stderr).toBe("");
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: voicelive-wire check <file> \[--api-version <version>\]/);
    const session = corpusPath("pydantic-ai-voice-live-tool-call-round.jsonl");
    const checked = await run("npx", ["--no", "--", "voicelive-wire", "check", session, "--api-version", "2026-04-10"], installed.dir);
    expect(checked.code, checked.stdout + checked.stderr).toBe(0);
    expect(checked.stdout).toContain("46 events, 0 invalid, API version 2026-04-10 (spec mode).");
    expect(checked.stdout).toMatch(/^response\.function_call_arguments\.delta +server +12 +0$/m);
  });

  it("accepts every corpus file for every version the file covers, but for the exceptions, which it reports at their line", async () => {
    const pairs = corpusIndex.sources.flatMap((source) =>
      generated.filter((version) => sourceCovers(source, version.version)).map((version) => ({ source, version })),
    );
    expect(pairs.length).toBeGreaterThan(50);
    const outcomes = await inBatches(pairs, 8, async ({ source, version }) => {
      const result = await check([corpusPath(source.file), "--api-version", version.version, "--skip-unknown-types", "--json", "--quiet"]);
      return { source, version, result, ...jsonOutput(result) };
    });
    for (const { source, version, result, problems, summary } of outcomes) {
      const where = `${source.file} against ${version.version}`;
      const excused = exceptions.filter((exception) => exception.file === source.file && appliesTo(exception, version.version)).map((exception) => exception.line).sort((a, b) => a - b);
      expect(problems.map((problem) => problem.line), where).toEqual(excused);
      expect(result.code, where).toBe(excused.length === 0 ? 0 : 1);
      // Independently of the checker: the events of types the version does not define.
      const known = typeDirections(version);
      const unknownTypes = readCorpusFile(source.file).filter((event) => !known.has(eventType(event.value) ?? "")).length;
      const variants = problems.filter((problem) => problem.problemKind === "unknown-variant").length;
      expect(summary, where).toMatchObject({ events: source.events, problems: excused.length, invalid: excused.length - variants, unknownVariants: variants, unknownTypes, skippedLines: 0 });
    }
  });

  it("without --skip-unknown-types, an event type the version does not define is a problem at /type", async () => {
    // A 2026-04-10 recording read as 2026-01-01-preview, which has no `conversation.item.done`.
    const file = "pydantic-ai-voice-live-audio-in-server-vad-turn.jsonl";
    const { problems, summary } = jsonOutput(await check([corpusPath(file), "--api-version", "2026-01-01-preview", "--json", "--quiet"]));
    const known = typeDirections(versionNamed("2026-01-01-preview"));
    const unknown = readCorpusFile(file).filter((event) => !known.has(eventType(event.value) ?? ""));
    expect(unknown.length).toBeGreaterThan(0);
    expect(problems.map(({ line, type, path, problemKind }) => ({ line, type, path, problemKind }))).toEqual(
      unknown.map((event) => ({ line: event.line, type: eventType(event.value), path: "/type", problemKind: "unknown-type" })),
    );
    expect(summary.invalid).toBe(unknown.length);
  });

  it("without --api-version, names the versions that accept the whole session", async () => {
    const file = "docs-voice-live-api-reference-2026-01-01-preview.jsonl";
    const result = await check([corpusPath(file), "--skip-unknown-types", "--json", "--quiet"]);
    const { summary } = jsonOutput(result);
    // Independently: a version accepts the file when it rejects none of the events whose type it defines.
    const events = readCorpusFile(file);
    const expected = generated.filter((version) => {
      const known = typeDirections(version);
      return events.every((event) => {
        const direction = known.get(eventType(event.value) ?? "");
        return direction === undefined || version.parsers.spec[direction](event.text).ok;
      });
    });
    expect(summary.acceptedBy).toEqual(expected.map((version) => version.version));
    expect(summary.versions.map((version: any) => version.apiVersion)).toEqual(generated.map((version) => version.version));
    expect(result.code).toBe(expected.length > 0 ? 0 : 1);
    const text = await check([corpusPath(file), "--skip-unknown-types", "--quiet"]);
    expect(text.stdout).toContain(expected.length > 0 ? `Accepted by: ${expected.map((version) => version.version).join(", ")}.` : "Accepted by no API version.");
  });
});

describe("voicelive-wire check on server events holding values the version does not define (unknown-variant)", () => {
  // Recorded against 2026-04-10: the client asks for semantic_vad, which 2025-10-01 does not
  // have, and the service echoes it in session.updated. What the client sent is invalid for
  // 2025-10-01; what the service sent is a known event with an unknown value, reported apart.
  const file = "pydantic-ai-voice-live-openai-audio-settings-apply-on-voice-live.jsonl";
  const variantProblem = {
    kind: "problem",
    line: 3,
    apiVersion: "2025-10-01",
    direction: "server",
    type: "session.updated",
    path: "/session/turn_detection/type",
    problemKind: "unknown-variant",
    message: 'session.updated: /session/turn_detection/type has unknown value "semantic_vad" in API version 2025-10-01 (a newer service may send it)',
  };

  it("reports them as problems of their own kind, counted apart from the invalid ones", async () => {
    const result = await check([corpusPath(file), "--api-version", "2025-10-01", "--json", "--quiet"]);
    expect(result.code).toBe(1);
    const { problems, summary } = jsonOutput(result);
    expect(problems.map(({ line, direction, problemKind }) => ({ line, direction, problemKind }))).toEqual([
      { line: 2, direction: "client", problemKind: "invalid" },
      { line: 3, direction: "server", problemKind: "unknown-variant" },
    ]);
    expect(problems[1]).toEqual(variantProblem);
    expect(summary).toMatchObject({ events: 17, problems: 2, invalid: 1, unknownVariants: 1, unknownTypes: 0 });
    expect(summary.types.find((row: any) => row.type === "session.updated")).toEqual({ type: "session.updated", direction: "server", events: 1, invalid: 0, unknownVariants: 1 });
    const text = await check([corpusPath(file), "--api-version", "2025-10-01", "--quiet"]);
    expect(text.stdout).toContain(`: 17 events, 1 invalid, 1 with unknown values, API version 2025-10-01 (spec mode).`);
    expect(text.stdout).toMatch(/^type +direction +events +invalid +unknown values$/m);
    expect(text.stdout).toMatch(/^session\.updated +server +1 +0 +1$/m);
  });

  it("with --skip-unknown-variants, counts them and reports only the rest", async () => {
    const result = await check([corpusPath(file), "--api-version", "2025-10-01", "--skip-unknown-variants", "--json", "--quiet"]);
    expect(result.code).toBe(1);
    const { problems, summary } = jsonOutput(result);
    expect(problems.map(({ line, problemKind }) => ({ line, problemKind }))).toEqual([{ line: 2, problemKind: "invalid" }]);
    expect(summary).toMatchObject({ problems: 1, invalid: 1, unknownVariants: 1 });
    const text = await check([corpusPath(file), "--api-version", "2025-10-01", "--skip-unknown-variants", "--quiet"]);
    expect(text.stdout).toContain(`: 17 events, 1 invalid (1 event with unknown values skipped), API version 2025-10-01 (spec mode).`);
  });

  it("a session whose only problem is an unknown value passes with --skip-unknown-variants, and not without", async () => {
    const imageFile = "pydantic-ai-voice-live-image-input.jsonl";
    const strictly = jsonOutput(await check([corpusPath(imageFile), "--api-version", "2025-10-01", "--json", "--quiet"]));
    expect(strictly.problems.map(({ line, path, problemKind }) => ({ line, path, problemKind }))).toEqual([{ line: 6, path: "/item/content/0/type", problemKind: "unknown-variant" }]);
    expect((await check([corpusPath(imageFile), "--api-version", "2025-10-01", "--quiet"])).code).toBe(1);
    const tolerant = await check([corpusPath(imageFile), "--api-version", "2025-10-01", "--skip-unknown-variants", "--quiet"]);
    expect(tolerant.code).toBe(0);
    expect(tolerant.stdout).toContain(`: 36 events, 0 invalid (1 event with unknown values skipped), API version 2025-10-01 (spec mode).`);
  });

  it("without --api-version, a version is accepted with unknown values only when they are skipped; the oracle is the version's own parsers", async () => {
    const imageFile = "pydantic-ai-voice-live-image-input.jsonl";
    for (const session of [file, imageFile]) {
      const events = readCorpusFile(session);
      /** The kinds a version's parsers give the session's events, each by the direction its type has there. */
      const kindsFor = (version: GeneratedVersion) =>
        events.flatMap((event) => {
          const direction = typeDirections(version).get(eventType(event.value) ?? "");
          if (direction === undefined) return ["unknown-type"];
          const result = version.parsers.spec[direction](event.text);
          return result.ok ? [] : [result.error!.kind];
        });
      const accepting = (skip: boolean) =>
        generated.filter((version) => kindsFor(version).every((kind) => kind === "unknown-type" || (skip && kind === "unknown-variant"))).map((version) => version.version);
      for (const skip of [false, true]) {
        const args = [corpusPath(session), "--skip-unknown-types", ...(skip ? ["--skip-unknown-variants"] : []), "--json", "--quiet"];
        const { summary } = jsonOutput(await check(args));
        expect(summary.acceptedBy, `${session}, skip: ${skip}`).toEqual(accepting(skip));
      }
    }
    // The image session is one where skipping decides: 2025-10-01 lacks only its input_image part type.
    const imageEvents = await check([corpusPath(imageFile), "--skip-unknown-types", "--json", "--quiet"]);
    expect(jsonOutput(imageEvents).summary.acceptedBy).not.toContain("2025-10-01");
    const skipped = await check([corpusPath(imageFile), "--skip-unknown-types", "--skip-unknown-variants", "--json", "--quiet"]);
    expect(jsonOutput(skipped).summary.acceptedBy).toContain("2025-10-01");
    const both = jsonOutput(await check([corpusPath(file), "--skip-unknown-types", "--json", "--quiet"]));
    expect(both.summary.versions.find((version: any) => version.apiVersion === "2025-10-01")).toMatchObject({ invalid: 1, unknownVariants: 1, problems: 2 });
    const text = await check([corpusPath(file), "--skip-unknown-types", "--quiet"]);
    expect(text.stdout).toMatch(/^2025-10-01 +rejects 2 events \(1 with unknown values\); first: line 2: /m);
    const tolerantText = await check([corpusPath(imageFile), "--skip-unknown-types", "--skip-unknown-variants", "--quiet"]);
    expect(tolerantText.stdout).toMatch(/^2025-10-01 +accepts every event.* \(1 event with unknown values skipped\)$/m);
  });
});

describe("voicelive-wire check on a mutated session", () => {
  const file = "pydantic-ai-voice-live-tool-call-round.jsonl";
  const MUTATED_LINE = 32; // a response.text.delta
  let events: ReturnType<typeof readCorpusFile>;
  let directions: Map<string, Direction>;
  let scratch: string;

  beforeAll(async () => {
    events = readCorpusFile(file);
    directions = typeDirections(versionNamed("2026-04-10"));
    scratch = installed.dir;
  });

  /** The session with `content_index` of one text delta turned into a string. */
  function mutatedValues(): unknown[] {
    return events.map((event) => {
      if (event.line !== MUTATED_LINE) return event.value;
      expect(eventType(event.value)).toBe("response.text.delta");
      return { ...(event.value as object), content_index: "zero" };
    });
  }

  async function expectOneProblemAt(path: string, line: number, extra: string[] = []): Promise<RunResult> {
    const text = await check([path, "--api-version", "2026-04-10", "--quiet", ...extra]);
    expect(text.code).toBe(1);
    const problemLines = text.stdout.split("\n").filter((output) => output.startsWith(`${path}:`) && /^:\d+:/.test(output.slice(path.length)));
    expect(problemLines).toEqual([`${path}:${line}: response.text.delta: /content_index must be an integer [server event]`]);
    const { problems, summary } = jsonOutput(await check([path, "--api-version", "2026-04-10", "--quiet", "--json", ...extra]));
    expect(problems).toEqual([
      {
        kind: "problem",
        line,
        apiVersion: "2026-04-10",
        direction: "server",
        type: "response.text.delta",
        path: "/content_index",
        problemKind: "invalid",
        message: "response.text.delta: /content_index must be an integer",
      },
    ]);
    expect(summary.events).toBe(events.length);
    expect(summary.invalid).toBe(1);
    expect(summary.types.find((row: any) => row.type === "response.text.delta")).toEqual({ type: "response.text.delta", direction: "server", events: 11, invalid: 1, unknownVariants: 0 });
    return text;
  }

  it("as JSON Lines: exits 1 and names the line, the event type and the path", async () => {
    const path = join(scratch, "mutated.jsonl");
    await writeFile(path, mutatedValues().map((value) => `${JSON.stringify(value)}\n`).join(""));
    await expectOneProblemAt(path, MUTATED_LINE);
  });

  it("as a pretty-printed JSON array: the line is where the element starts", async () => {
    const path = join(scratch, "mutated.json");
    const text = JSON.stringify(mutatedValues(), null, 2);
    await writeFile(path, text);
    // The element's first line, found in the text: `  {` lines open the array's elements.
    const starts = text.split("\n").flatMap((line, index) => (line === "  {" ? [index + 1] : []));
    expect(starts).toHaveLength(events.length);
    await expectOneProblemAt(path, starts[MUTATED_LINE - 1]!);
  });

  it("as a log: prefixes, direction wrappers, CRLF and lines without JSON", async () => {
    const path = join(scratch, "mutated.log");
    const lines = ["session log, recorded by a client", ""];
    mutatedValues().forEach((value, index) => {
      const direction = directions.get(eventType(value)!)!;
      const sent = direction === "client" ? "sent" : "received";
      if (index % 3 === 0) lines.push(`2026-04-10T12:00:${String(index % 60).padStart(2, "0")}Z DEBUG voicelive ${JSON.stringify(value)}`);
      else if (index % 3 === 1) lines.push(JSON.stringify({ at: index, direction: sent, event: value }));
      else lines.push(JSON.stringify({ dir: direction, data: JSON.stringify(value) }));
      if (index % 10 === 9) lines.push("INFO keep-alive");
    });
    await writeFile(path, `${lines.join("\r\n")}\r\n`);
    const line = lines.findIndex((text) => text.includes('"content_index":"zero"')) + 1;
    const result = await expectOneProblemAt(path, line);
    const skipped = lines.filter((text) => text.startsWith("INFO") || text.startsWith("session log")).length;
    expect(result.stdout).toContain(`${events.length} events, 1 invalid, API version 2026-04-10 (spec mode); ${skipped} lines without JSON skipped.`);
  });

  it("reports a direction the record states against the event type", async () => {
    const path = join(scratch, "misdirected.jsonl");
    const delta = events.find((event) => event.line === MUTATED_LINE)!;
    await writeFile(path, `${JSON.stringify({ direction: "client", event: delta.value })}\n`);
    const { problems } = jsonOutput(await check([path, "--api-version", "2026-04-10", "--json", "--quiet"]));
    expect(problems).toMatchObject([{ line: 1, direction: "client", type: "response.text.delta", path: "/type", problemKind: "unknown-type" }]);
  });

  it("in strict mode, an unknown property is a problem at its path", async () => {
    const path = join(scratch, "extra.jsonl");
    const delta = events.find((event) => event.line === MUTATED_LINE)!;
    await writeFile(path, `${JSON.stringify({ ...(delta.value as object), contnet_index: 0 })}\n`);
    expect((await check([path, "--api-version", "2026-04-10", "--quiet"])).code).toBe(0);
    const { problems } = jsonOutput(await check([path, "--api-version", "2026-04-10", "--strict", "--json", "--quiet"]));
    expect(problems).toMatchObject([{ line: 1, path: "/contnet_index", problemKind: "invalid" }]);
  });

  it("reports broken records, a cut-short array and usage errors plainly", async () => {
    const broken = join(scratch, "broken.jsonl");
    // A line starting with `{` must be JSON; `[INFO] …` and other lines without an object are skipped.
    await writeFile(broken, `{"type":"response.done",\n[INFO] [1, 2]\n{"direction":"server","event":42}\n"text"\n`);
    const { problems, summary } = jsonOutput(await check([broken, "--api-version", "2026-04-10", "--json", "--quiet"]));
    expect(problems.map(({ line, problemKind, message }) => [line, problemKind, message])).toEqual([
      [1, "invalid-json", 'not valid JSON ({"type":"response.done",)'],
      [3, "not-an-event", "the wrapped event is not a JSON object"],
    ]);
    expect(summary).toMatchObject({ events: 2, invalid: 2, skippedLines: 2 });
    const cut = join(scratch, "cut.json");
    await writeFile(cut, `[\n  {"type": "input_audio_buffer.clear"},\n  {"type": "input_audio_buffer.cl`);
    const cutResult = await check([cut, "--api-version", "2026-04-10", "--quiet"]);
    expect(cutResult.code).toBe(1);
    expect(cutResult.stdout).toContain(`${cut}:3: the JSON array is not closed (the recording may be cut short)`);
    const missing = await check([join(scratch, "nope.jsonl")]);
    expect([missing.code, missing.stderr.split("\n")[0]]).toEqual([2, `voicelive-wire: cannot read ${join(scratch, "nope.jsonl")}: no such file`]);
    const version = await check([broken, "--api-version", "1999-01-01"]);
    expect(version.code).toBe(2);
    expect(version.stderr).toContain('API version "1999-01-01" is not in this package; it has 2025-10-01, 2026-01-01-preview, 2026-04-10');
  });
});

describe("voicelive-wire check on a 200 MB log", () => {
  it(
    "streams it: finds the problems deep inside, reports progress on stderr, and stays within the memory budget",
    async () => {
      const version = versionNamed("2026-04-10");
      const directions = typeDirections(version);
      const recordings = corpusIndex.sources.filter((source: CorpusSource) => source.kind === "recorded-session" && source.apiVersion === "2026-04-10");
      const events = recordings.flatMap((source) => readCorpusFile(source.file)).filter((event) => directions.has(eventType(event.value) ?? ""));
      const path = join(installed.dir, "large.log");
      const out = createWriteStream(path);
      const invalidLines: number[] = [];
      let [bytes, line, eventCount, skippedLines] = [0, 0, 0, 0];
      const write = async (text: string) => {
        line += 1;
        bytes += Buffer.byteLength(text) + 1;
        if (!out.write(`${text}\n`)) await once(out, "drain");
      };
      for (let index = 0; bytes < LARGE_LOG_BYTES; index++) {
        const event = events[index % events.length]!;
        if (index % 97 === 0) {
          skippedLines += 1;
          await write(`INFO ${index}: heartbeat`);
        }
        eventCount += 1;
        // Every so often, and last, an event with its type's first property made a list: invalid whatever the type.
        if (index % 100_003 === 50_000) {
          invalidLines.push(line + 1);
          await write(JSON.stringify({ ...(event.value as object), event_id: ["not", "a", "string"] }));
        } else if (index % 2 === 0) await write(`2026-04-10T12:00:00Z ws ${event.text}`);
        else await write(JSON.stringify({ direction: directions.get(eventType(event.value)!), event: event.value }));
      }
      invalidLines.push(line + 1);
      await write(JSON.stringify({ type: "input_audio_buffer.append", audio: 42 }));
      eventCount += 1;
      await new Promise<void>((resolve) => out.end(() => resolve()));
      expect(invalidLines.length).toBeGreaterThan(2);

      const rssFile = join(installed.dir, "peak-rss");
      // The child's own peak memory, written by the preloaded probe when it exits.
      const result = await runWithEnv(process.execPath, ["--import", peakRssProbe, bin, "check", path, "--api-version", "2026-04-10", "--json"], {
        PEAK_RSS_FILE: rssFile,
      });
      expect(result.code, result.stderr).toBe(1);
      const { problems, summary } = jsonOutput(result);
      expect(problems.map((problem) => problem.line)).toEqual(invalidLines);
      expect(problems.at(-1)).toMatchObject({ type: "input_audio_buffer.append", path: "/audio", direction: "client" });
      expect(summary).toMatchObject({ events: eventCount, invalid: invalidLines.length, unknownTypes: 0, skippedLines });
      expect(result.stderr).toMatch(/^voicelive-wire: \d+% \(\d+ MB of 200 MB\), [\d,]+ events$/m);
      const peak = Number(await readFile(rssFile, "utf8"));
      expect(peak, `peak RSS ${(peak / 2 ** 20).toFixed(0)} MB`).toBeGreaterThan(0);
      expect(peak, `peak RSS ${(peak / 2 ** 20).toFixed(0)} MB, budget ${MEMORY_BUDGET_BYTES / 2 ** 20} MB`).toBeLessThan(MEMORY_BUDGET_BYTES);
    },
    60_000,
  );
});
