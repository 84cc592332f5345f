// One event against one API version, through the version's own public parsers.

/**
 * The version's verdict on an event: `{ ok: true, direction }` or `{ ok: false,
 * direction, type, path, kind, message }`. A stated direction picks the parser; else
 * the event type does: an event the server parser does not know (`unknown-type`) is
 * tried as a client event, and one neither knows is a problem of its own.
 */
export function judgeEvent(version, { event, text, direction }) {
  if (direction === "client") return verdict("client", version.parseClientEvent(text), event);
  if (direction === "server") return verdict("server", version.parseServerEvent(text), event);
  const asServer = version.parseServerEvent(text);
  if (asServer.ok || asServer.error.kind !== "unknown-type") return verdict("server", asServer, event);
  const asClient = version.parseClientEvent(text);
  if (asClient.ok || asClient.error.kind !== "unknown-type") return verdict("client", asClient, event);
  const type = typeof event.type === "string" ? event.type : undefined;
  return {
    ok: false,
    direction: undefined,
    type,
    path: "/type",
    kind: "unknown-type",
    message: `${type}: /type is neither a client nor a server event type of API version ${version.apiVersion}`,
  };
}

function verdict(direction, result, event) {
  if (result.ok) return { ok: true, direction };
  const { kind, type, path, message } = result.error;
  // The parsers name a path for a wrong shape; an unknown or missing `type` is at /type.
  const at = path ?? (kind === "unknown-type" || typeof event.type !== "string" ? "/type" : "/");
  return { ok: false, direction, type, path: at, kind, message };
}
