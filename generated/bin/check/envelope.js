// Where the event of a record is, and who sent it, when the record says so.
import { excerpt, isObject } from "./records.js";

/** Field names that may say who sent an event, beside it or on a wrapper around it. */
const DIRECTION_FIELDS = ["direction", "dir", "source"];

/**
 * Words for who sent an event, as recordings write them. A recording is taken on the
 * client's side: what it sent (`out`) is a client event, what it received a server event.
 */
const DIRECTION_WORDS = new Map([
  ...["client", "send", "sent", "outgoing", "out", "request"].map((word) => [word, "client"]),
  ...["server", "receive", "received", "recv", "incoming", "in", "response"].map((word) => [word, "server"]),
]);

/** Wrapper `type`s that are not event types: the `send` / `receive` of a browser's WebSocket frame log (HAR). */
const FRAME_TYPES = new Set(["send", "receive", "sent", "received"]);

/**
 * The event of a parsed record, its text for the parser, and its direction when the
 * record states one (`"client"` or `"server"`; undefined: decide by the event type).
 *
 * - `{ "type": "session.update", ... }`: the event itself. A `direction`, `dir` or
 *   `source` field beside `type` whose value names a direction is read and removed
 *   before the event is validated (no VoiceLive event has such a field).
 * - `{ "direction": "server", "event": { ... } }`, or `data` instead of `event`, the
 *   event as an object or as JSON text: a wrapper, whose other fields (a timestamp) are
 *   ignored. A HAR frame (`{ "type": "receive", "data": "..." }`) is one too.
 *
 * Returns `{ problem }` when the record holds no event.
 */
export function unwrap(record) {
  const { value, text } = record;
  if (!isObject(value)) return { problem: `not a JSON object (${excerpt(text)})` };
  const inner = value.event ?? value.data;
  const wrapped = inner !== undefined && (typeof value.type !== "string" || FRAME_TYPES.has(value.type));
  if (wrapped) {
    const direction = directionOf(value) ?? (typeof value.type === "string" ? DIRECTION_WORDS.get(value.type) : undefined);
    if (typeof inner === "string") {
      let event;
      try {
        event = JSON.parse(inner);
      } catch {
        return { problem: `the wrapped event is not valid JSON (${excerpt(inner)})` };
      }
      return isObject(event) ? { event, text: inner, direction } : { problem: `the wrapped event is not a JSON object (${excerpt(inner)})` };
    }
    return isObject(inner) ? { event: inner, text: JSON.stringify(inner), direction } : { problem: "the wrapped event is not a JSON object" };
  }
  const direction = directionOf(value);
  if (direction === undefined) return { event: value, text, direction };
  const event = { ...value };
  for (const field of DIRECTION_FIELDS) if (DIRECTION_WORDS.has(String(event[field]).toLowerCase())) delete event[field];
  return { event, text: JSON.stringify(event), direction };
}

function directionOf(value) {
  for (const field of DIRECTION_FIELDS) {
    const word = typeof value[field] === "string" ? DIRECTION_WORDS.get(value[field].toLowerCase()) : undefined;
    if (word) return word;
  }
  return undefined;
}
