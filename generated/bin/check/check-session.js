// Checking a recorded session: every record read once, in order, each event judged by
// the versions asked for; problems are handed on as they are found, counts kept.
import { unwrap } from "./envelope.js";
import { judgeEvent } from "./judge-event.js";
import { recordsOf } from "./records.js";
import { TypeTally, VersionTally } from "./tally.js";

/**
 * Checks a session against one API version: `onProblem` gets each problem as it is
 * found (`{ line, direction, type, path, kind, message }`) and is awaited, so a slow
 * reader of the output slows the check instead of filling memory. With
 * `skipUnknownTypes`, an event whose type the version does not define is counted in
 * `unknownTypes` instead (as an SDK that skips such events sees the session). A server
 * event of a known type that holds a value the version does not define (`unknown-variant`:
 * a newer service's item type, enum value) is counted in `unknownVariants`, apart from the
 * `invalid` ones, and is a problem unless `skipUnknownVariants` (as an SDK that tolerates
 * such events sees the session). Resolves to the counts: `{ events, problems, invalid,
 * unknownTypes, unknownVariants, skippedLines, types }`; `problems` is how many were reported.
 */
export async function checkAgainstVersion(chunks, version, { onProblem, onRecord, skipUnknownTypes, skipUnknownVariants }) {
  const types = new TypeTally();
  const counts = { events: 0, problems: 0, invalid: 0, unknownTypes: 0, unknownVariants: 0, skippedLines: 0 };
  for await (const record of recordsOf(chunks)) {
    onRecord?.(counts.events);
    if (record.skipped) {
      counts.skippedLines += 1;
      continue;
    }
    counts.events += 1;
    const found = eventOf(record);
    const verdict = found.problem ? undefined : judgeEvent(version, found.event);
    if (skipUnknownTypes && verdict?.kind === "unknown-type") {
      counts.unknownTypes += 1;
      types.add(found.event.event.type, "unknown type", "valid");
      continue;
    }
    const problem = found.problem ?? problemOf(verdict, record.line);
    const outcome = outcomeOf(problem);
    types.add(found.event?.event.type, verdict?.direction, outcome);
    if (outcome === "valid") continue;
    if (outcome === "unknown-variant") counts.unknownVariants += 1;
    else counts.invalid += 1;
    if (outcome === "unknown-variant" && skipUnknownVariants) continue;
    counts.problems += 1;
    await onProblem(problem);
  }
  return { ...counts, types: types.rows() };
}

/**
 * Checks a session against every version: resolves to `{ events, skippedLines,
 * versions }`, where each version has its `problems`, `invalid` and `unknownVariants`
 * counts, its `firstProblem` and (with `skipUnknownTypes`) its `unknownTypes` count.
 */
export async function checkAgainstEveryVersion(chunks, versions, { onRecord, skipUnknownTypes, skipUnknownVariants }) {
  const tallies = versions.map((version) => new VersionTally(version.apiVersion, { skipUnknownVariants }));
  const counts = { events: 0, skippedLines: 0 };
  for await (const record of recordsOf(chunks)) {
    onRecord?.(counts.events);
    if (record.skipped) {
      counts.skippedLines += 1;
      continue;
    }
    counts.events += 1;
    const found = eventOf(record);
    versions.forEach((version, index) => {
      const verdict = found.problem ? undefined : judgeEvent(version, found.event);
      if (skipUnknownTypes && verdict?.kind === "unknown-type") tallies[index].skipUnknownType();
      else if (found.problem || !verdict.ok) tallies[index].reject(found.problem ?? problemOf(verdict, record.line));
    });
  }
  return { ...counts, versions: tallies };
}

/** How an event fared: `valid`, `unknown-variant` (a known event holding a value the version does not define) or `invalid`. */
function outcomeOf(problem) {
  if (!problem) return "valid";
  return problem.kind === "unknown-variant" ? "unknown-variant" : "invalid";
}

/** The event of a record (`{ event }`, unwrapped), or the problem of a record that holds none (`{ problem }`). */
function eventOf(record) {
  const base = { line: record.line, direction: undefined, type: undefined, path: "/" };
  if (record.problem) return { problem: { ...base, kind: "invalid-json", message: record.problem } };
  const event = unwrap(record);
  if (event.problem) return { problem: { ...base, kind: "not-an-event", message: event.problem } };
  return { event };
}

/** The problem in a version's verdict, or undefined when it accepts the event. */
function problemOf(verdict, line) {
  if (verdict.ok) return undefined;
  return { line, direction: verdict.direction, type: verdict.type, path: verdict.path, kind: verdict.kind, message: verdict.message };
}
