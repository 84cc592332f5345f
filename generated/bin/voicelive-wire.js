#!/usr/bin/env node
// voicelive-wire: the command line of this package. `check` validates a recorded
// session against the package's API versions. Plain JavaScript, Node only, no
// dependencies: it imports the package's own version modules.
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { parseArgs } from "node:util";
import { checkAgainstEveryVersion, checkAgainstVersion } from "./check/check-session.js";
import { loadVersions } from "./check/package-versions.js";
import { createProgress } from "./check/progress.js";
import {
  acceptedBy,
  everyVersionJson,
  everyVersionText,
  lineWriter,
  problemJson,
  problemText,
  versionSummaryJson,
  versionSummaryText,
} from "./check/report.js";

const PACKAGE_ROOT = new URL("../", import.meta.url);

const USAGE = `Usage: voicelive-wire check <file> [--api-version <version>] [--strict] [--skip-unknown-types] [--skip-unknown-variants] [--json] [--quiet]

Checks a recorded VoiceLive session: JSON Lines, a JSON array, or a log with one JSON
event per line (other lines are skipped and counted); <file> - reads standard input.
Each event is validated as a client or a server event: as its record says
(a "direction", "dir" or "source" field: client/sent/out or server/received/in; or a
wrapper {"direction": ..., "event": {...}} / {"data": ...}), else by its type.

  --api-version <v>  check against one API version: one line per problem, then a
                     summary per event type; without it, which versions accept the
                     whole session
  --strict           strict mode: unknown properties are problems too
  --skip-unknown-types
                     an event whose type the version does not define is counted,
                     not a problem (as an SDK that skips such events sees it)
  --skip-unknown-variants
                     a server event of a known type that holds a value the version
                     does not define (an item type, an enum value: kind
                     unknown-variant) is counted, not a problem (as an SDK that
                     tolerates such events sees it); without it, it is a problem,
                     counted apart from the invalid ones
  --json             JSON Lines: one object per problem, then a summary object
  --quiet            no progress on stderr

Exit status: 0 when the session has no problem (for some version, without
--api-version), 1 when it has, 2 on a usage or input error.`;

async function main(argv) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        "api-version": { type: "string" },
        strict: { type: "boolean", default: false },
        "skip-unknown-types": { type: "boolean", default: false },
        "skip-unknown-variants": { type: "boolean", default: false },
        json: { type: "boolean", default: false },
        quiet: { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
    });
  } catch (error) {
    return usageError(error.message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const [command, file, ...extra] = positionals;
  if (command !== "check") return usageError(command === undefined ? "no command given" : `unknown command "${command}"`);
  if (file === undefined) return usageError("no session file given");
  if (extra.length > 0) return usageError(`one session file at a time (also given: ${extra.join(", ")})`);

  const mode = values.strict ? "strict" : "spec";
  const loaded = await loadVersions(PACKAGE_ROOT, mode, values["api-version"]);
  if (loaded.unknown !== undefined) return usageError(`API version "${loaded.unknown}" is not in this package; it has ${loaded.known.join(", ")}`);

  const input = await openInput(file);
  if (input.error) {
    process.stderr.write(`voicelive-wire: cannot read ${file}: ${input.error}\n`);
    return 2;
  }
  const label = file === "-" ? "(stdin)" : file;
  const write = lineWriter(process.stdout);
  const progress = createProgress(process.stderr, input.bytesRead, input.size, !values.quiet);
  const skip = { skipUnknownTypes: values["skip-unknown-types"], skipUnknownVariants: values["skip-unknown-variants"] };
  try {
    if (loaded.versions.length === 1 && values["api-version"] !== undefined) {
      const [version] = loaded.versions;
      const onProblem = (problem) => write(values.json ? problemJson(version.apiVersion, problem) : problemText(label, problem));
      const result = await checkAgainstVersion(input.chunks, version, { onProblem, onRecord: progress.tick, ...skip });
      progress.done();
      const summary = values.json ? [versionSummaryJson(label, version.apiVersion, mode, result)] : versionSummaryText(label, version.apiVersion, mode, result);
      for (const line of summary) await write(line);
      return result.problems === 0 ? 0 : 1;
    }
    const result = await checkAgainstEveryVersion(input.chunks, loaded.versions, { onRecord: progress.tick, ...skip });
    progress.done();
    const summary = values.json ? [everyVersionJson(label, mode, result)] : everyVersionText(label, mode, result);
    for (const line of summary) await write(line);
    return acceptedBy(result).length > 0 ? 0 : 1;
  } catch (error) {
    progress.done();
    process.stderr.write(`voicelive-wire: reading ${file} failed: ${error.message}\n`);
    return 2;
  }
}

/** The session's text as a stream of chunks, how much of it was read, and its size when known. */
async function openInput(file) {
  if (file === "-") {
    process.stdin.setEncoding("utf8");
    let read = 0;
    process.stdin.on("data", (chunk) => (read += Buffer.byteLength(chunk)));
    return { chunks: process.stdin, bytesRead: () => read, size: undefined };
  }
  let size;
  try {
    const info = await stat(file);
    if (!info.isFile()) return { error: "not a file" };
    size = info.size;
  } catch (error) {
    return { error: error.code === "ENOENT" ? "no such file" : error.message };
  }
  // Node's default 64 KiB chunks: larger ones make larger strings to join and split, and
  // measured, nearly double the peak memory on a 200 MB log.
  const stream = createReadStream(file, { encoding: "utf8" });
  return { chunks: stream, bytesRead: () => stream.bytesRead, size };
}

function usageError(message) {
  process.stderr.write(`voicelive-wire: ${message}\n\n${USAGE}\n`);
  return 2;
}

process.exitCode = await main(process.argv.slice(2));
