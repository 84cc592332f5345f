// The start-up check: the bench measures the right thing only if every contender
// accepts the valid events and rejects the invalid ones. The generated validators and
// the hand-written floor must agree with the data exactly (else the run stops); a
// competitor's disagreements are counted and reported.
import { HAND_WRITTEN_TYPES } from "./hand-written.js";
import { typeCounts } from "./stream.js";

const count = (check, values) => values.reduce((n, value) => n + (check(value) ? 1 : 0), 0);

/**
 * @returns {Map<string, { validServer: number, validClient: number, rejected: number, constraintRejected: number, maxErrors?: number }>}
 */
export function checkContenders(contenders, data) {
  const failures = [];
  const top = typeCounts(data.server).slice(0, HAND_WRITTEN_TYPES.length).map(([type]) => type);
  if ([...top].sort().join() !== [...HAND_WRITTEN_TYPES].sort().join()) {
    failures.push(`the stream's five most frequent types are ${top.join(", ")}; hand-written.js covers ${HAND_WRITTEN_TYPES.join(", ")}`);
  }
  const results = new Map();
  for (const c of contenders) {
    const server = c.hotOnly ? data.hot : data.server;
    const r = {
      validServer: count(c.server, server),
      validServerOf: server.length,
      validClient: c.client ? count(c.client, data.client) : undefined,
      rejected: data.invalid.length - count(c.server, data.invalid.map((x) => x.event)),
      constraintRejected: data.constraints.length - count(c.server, data.constraints.map((x) => x.event)),
    };
    if (c.errors) {
      // AJV stops at the first failed keyword, but an `anyOf` reports every failed branch plus itself.
      r.errorCounts = {};
      for (const { event } of data.invalid) {
        c.server(event);
        const n = c.server.errors?.length ?? 0;
        r.errorCounts[n] = (r.errorCounts[n] ?? 0) + 1;
      }
      r.maxErrors = Math.max(...Object.keys(r.errorCounts).map(Number));
      r.oneError = r.errorCounts[1] ?? 0;
    }
    // Which invalid events a competitor lets through, by kind and path (array indexes as *).
    const through = data.invalid.filter((x) => c.server(x.event));
    r.acceptedInvalid = Object.entries(
      Object.groupBy(through, (x) => `${x.kind} at ${x.baseType}${x.path.replace(/\/\d+(?=\/|$)/g, "/*")}`),
    ).map(([where, list]) => [where, list.length]);
    results.set(c.id, r);
    const mustAgree = c.family === "generated" || c.family === "floor";
    const problems = [];
    if (r.validServer !== server.length) problems.push(`accepts ${r.validServer} of ${server.length} valid server events`);
    if (c.client && r.validClient !== data.client.length) problems.push(`accepts ${r.validClient} of ${data.client.length} valid client events`);
    if (r.rejected !== data.invalid.length) problems.push(`rejects ${r.rejected} of ${data.invalid.length} invalid events`);
    if (c.family === "generated" && r.constraintRejected !== data.constraints.length) problems.push(`rejects ${r.constraintRejected} of ${data.constraints.length} constraint violations`);
    if (problems.length && mustAgree) failures.push(`${c.label}: ${problems.join("; ")}`);
    r.problems = problems;
  }
  const firstMismatch = (c, list, want) => list.find((value) => Boolean(c.server(value)) !== want);
  if (failures.length) {
    const spec = contenders.find((c) => c.id === "generated");
    const accepted = firstMismatch(spec, data.invalid.map((x) => x.event), false);
    const rejected = firstMismatch(spec, data.server, true);
    const detail = rejected ? `\nfirst valid event rejected: ${JSON.stringify(rejected).slice(0, 400)}\nerrors: ${JSON.stringify(spec.server.errors)}` : accepted ? `\nfirst invalid event accepted: ${JSON.stringify(accepted).slice(0, 400)}` : "";
    throw new Error(`start-up check failed, the bench would measure the wrong thing:\n- ${failures.join("\n- ")}${detail}`);
  }
  return results;
}
