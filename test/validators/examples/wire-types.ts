// The examples are typed against the newest API version's generated interfaces.
// Versions so far only add fields, so every older shape is a subset of these: a
// misspelt or misplaced field fails `npm run typecheck` before any test runs.
// Whether an example is also valid in each older version is what examples.test.ts checks.
export type * from "../../../generated/2026-06-01-preview/types.js";
import type { ClientEvent, ServerEvent } from "../../../generated/2026-06-01-preview/types.js";

/** One example per event type, each typed as exactly that event. */
export type ServerEventExamples = { [T in ServerEvent["type"]]: Extract<ServerEvent, { type: T }> };
export type ClientEventExamples = { [T in ClientEvent["type"]]: Extract<ClientEvent, { type: T }> };
