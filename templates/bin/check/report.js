// What the checker prints: one line per problem and a summary, as text or as JSON Lines.
import { once } from "node:events";

/** Writes lines to a stream, waiting when it is full, so output never piles up in memory. */
export function lineWriter(stream) {
  return async (text) => {
    if (!stream.write(`${text}\n`)) await once(stream, "drain");
  };
}

/**
 * One problem on one line: where (`file:line`), then the event type, the JSON Pointer
 * and why. The parsers' messages already name the type and the path
 * (`response.done: /response/status_details/type is required`); when one does not,
 * they are put in front of it.
 */
export function problemText(label, problem) {
  return `${label}:${problem.line}: ${problemDetail(problem)}`;
}

function problemDetail(problem) {
  const record = problem.kind === "invalid-json" || problem.kind === "not-an-event";
  const named = record || [problem.type, problem.path].every((part) => part === undefined || problem.message.includes(part));
  const text = named ? problem.message : `${problem.type ?? "(no type)"} ${problem.path}: ${problem.message}`;
  return problem.direction ? `${text} [${problem.direction} event]` : text;
}

export function problemJson(apiVersion, problem) {
  const { line, direction, type, path, kind, message } = problem;
  return JSON.stringify({ kind: "problem", line, apiVersion, direction: direction ?? null, type: type ?? null, path, problemKind: kind, message });
}

/** The summary of a check against one version: the counts, then a table of event types. */
export function versionSummaryText(label, apiVersion, mode, result) {
  const lines = [
    "",
    `${label}: ${count(result.events, "event")}, ${result.invalid} invalid${unknownValues(result)}${unknown(result.unknownTypes)}, API version ${apiVersion} (${mode} mode)${skipped(result.skippedLines)}.`,
  ];
  if (result.types.length === 0) return lines;
  const width = Math.max(4, ...result.types.map((row) => row.type.length));
  const directionWidth = Math.max(9, ...result.types.map((row) => (row.direction ?? "-").length));
  // The column of unknown values only when there are some: most sessions have none.
  const withVariants = result.types.some((row) => row.unknownVariants > 0);
  lines.push("", `${"type".padEnd(width)}  ${"direction".padEnd(directionWidth)}   events  invalid${withVariants ? "  unknown values" : ""}`);
  for (const row of result.types) {
    const counts = `${String(row.events).padStart(8)} ${String(row.invalid).padStart(8)}${withVariants ? String(row.unknownVariants).padStart(16) : ""}`;
    lines.push(`${row.type.padEnd(width)}  ${(row.direction ?? "-").padEnd(directionWidth)} ${counts}`);
  }
  return lines;
}

export function versionSummaryJson(label, apiVersion, mode, result) {
  const { events, problems, invalid, unknownVariants, unknownTypes, skippedLines, types } = result;
  return JSON.stringify({ kind: "summary", file: label, apiVersion, mode, events, problems, invalid, unknownVariants, unknownTypes, skippedLines, types });
}

/** The summary of a check against every version: which ones accept the whole session. */
export function everyVersionText(label, mode, result) {
  const width = Math.max(...result.versions.map((version) => version.apiVersion.length));
  const lines = [`${label}: ${count(result.events, "event")} (${mode} mode)${skipped(result.skippedLines)}.`, ""];
  for (const version of result.versions) {
    const reportedVariants = version.problems - version.invalid;
    const verdict =
      version.problems === 0
        ? `accepts every event${version.unknownTypes === 0 ? "" : ` of a type it defines${unknown(version.unknownTypes)}`}${unknownValues(version)}`
        : `rejects ${count(version.problems, "event")}${reportedVariants > 0 ? ` (${reportedVariants} with unknown values)` : unknownValues(version)}${unknown(version.unknownTypes)}; first: line ${version.firstProblem.line}: ${problemDetail(version.firstProblem)}`;
    lines.push(`${version.apiVersion.padEnd(width)}  ${verdict}`);
  }
  const accepted = acceptedBy(result);
  lines.push(
    "",
    accepted.length > 0 ? `Accepted by: ${accepted.join(", ")}.` : "Accepted by no API version.",
    "Every problem, and a summary per event type: --api-version <version>.",
  );
  return lines;
}

export function everyVersionJson(label, mode, result) {
  const versions = result.versions.map(({ apiVersion, problems, invalid, unknownVariants, unknownTypes, firstProblem }) => ({
    apiVersion,
    problems,
    invalid,
    unknownVariants,
    unknownTypes,
    firstProblem: firstProblem ?? null,
  }));
  return JSON.stringify({ kind: "summary", file: label, mode, events: result.events, skippedLines: result.skippedLines, versions, acceptedBy: acceptedBy(result) });
}

/** The versions that report no problem: every event valid, or skipped as asked. */
export function acceptedBy(result) {
  return result.versions.filter((version) => version.problems === 0).map((version) => version.apiVersion);
}

function count(n, noun) {
  return `${n.toLocaleString("en-US")} ${noun}${n === 1 ? "" : "s"}`;
}

function unknown(events) {
  return events === 0 ? "" : ` (${count(events, "event")} of unknown types skipped)`;
}

/**
 * Events of known types holding values the version does not define: `, 2 with unknown values`
 * when they were reported as problems, `(2 events with unknown values skipped)` when not.
 */
function unknownValues({ problems, invalid, unknownVariants }) {
  if (unknownVariants === 0) return "";
  const reported = problems - invalid;
  return reported > 0 ? `, ${reported.toLocaleString("en-US")} with unknown values` : ` (${count(unknownVariants, "event")} with unknown values skipped)`;
}

function skipped(lines) {
  return lines === 0 ? "" : `; ${count(lines, "line")} without JSON skipped`;
}
