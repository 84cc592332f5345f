// What each API version's generated parsers make of each corpus event. The event's `type`
// decides the direction (server or client) and whether the version is asked at all: a
// version is only held to the events whose type it defines.
import { eventVariants } from "../../validators/support/event-variants.js";
import { type Direction, directions, type GeneratedVersion, type Mode } from "../../validators/support/generated.js";
import { type CorpusEvent, eventType } from "./corpus.js";

export interface Rejection {
  file: string;
  line: number;
  version: string;
  /** The event's type, or `(none)` when it has no string `type`. */
  type: string;
  /** JSON Pointer of the first problem; for an unknown property, the property itself. */
  path: string;
  message: string;
}

/** The direction of every event type a version defines. */
export function typeDirections(version: GeneratedVersion): Map<string, Direction> {
  const map = new Map<string, Direction>();
  for (const direction of directions) for (const { type } of eventVariants(version.schema, direction)) map.set(type, direction);
  return map;
}

/**
 * The version's verdict on one event in one mode: `undefined` when the version does not
 * define the event's type (it is not asked), `null` when it accepts the event, else the
 * rejection. An event without a string `type` cannot be dispatched, so every version
 * rejects it.
 */
export function verdictOf(version: GeneratedVersion, directionsByType: Map<string, Direction>, mode: Mode, event: CorpusEvent): Rejection | null | undefined {
  const type = eventType(event.value);
  const where = { file: event.file, line: event.line, version: version.version };
  if (type === undefined) return { ...where, type: "(none)", path: "/type", message: "no string `type`: no version can tell which event this is" };
  const direction = directionsByType.get(type);
  if (direction === undefined) return undefined;
  const result = version.parsers[mode][direction](event.text);
  if (result.ok) return null;
  // The runtime's path already names the missing or unknown property itself.
  return { ...where, type, path: result.error.path ?? "", message: result.error.message };
}
