// The examples are typed against the newest API version's generated interfaces.
// Versions so far only add fields, so every older shape is a subset of these: a
// misspelt or misplaced field fails `npm run typecheck` before any test runs.
// Whether an example is also valid in each older version is what examples.test.ts checks.
export type * from "../../../generated/2026-06-01-preview/types.js";
import type { ClientEvent, ServerEvent } from "../../../generated/2026-06-01-preview/types.js";

/** One example per event type, each typed as exactly that event. */
export type ServerEventExamples = { [T in ServerEvent["type"]]: Extract<ServerEvent, { type: T }> };
export type ClientEventExamples = { [T in ClientEvent["type"]]: Extract<ClientEvent, { type: T }> };

// Event types an older version has and the newest has dropped (the `end_conversation`
// system tool, 2026-01-01-preview to 2026-04-10), typed against the last version that has them.
import type { ServerEvent as ServerEvent2026_04_10 } from "../../../generated/2026-04-10/types.js";
type DroppedServerEventType = Exclude<ServerEvent2026_04_10["type"], ServerEvent["type"]>;
export type DroppedServerEventExamples = { [T in DroppedServerEventType]: Extract<ServerEvent2026_04_10, { type: T }> };
