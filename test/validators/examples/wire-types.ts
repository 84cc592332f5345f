// The examples are typed against the generated interfaces: the shared pieces against the
// newest API version's, each event against that event as any version defines it (some
// events were removed again, such as the WebRTC negotiation in 2026-07-15). A misspelt or
// misplaced field fails `npm run typecheck` before any test runs. Whether an example is
// valid in every version that has its event is what examples.test.ts checks.
export type * from "../../../generated/2026-07-31-preview/types.js";
import type * as V2025_10_01 from "../../../generated/2025-10-01/types.js";
import type * as V2026_01_01_preview from "../../../generated/2026-01-01-preview/types.js";
import type * as V2026_04_10 from "../../../generated/2026-04-10/types.js";
import type * as V2026_06_01_preview from "../../../generated/2026-06-01-preview/types.js";
import type * as V2026_07_15 from "../../../generated/2026-07-15/types.js";
import type * as V2026_07_31_preview from "../../../generated/2026-07-31-preview/types.js";

type AnyServerEvent =
  | V2025_10_01.ServerEvent
  | V2026_01_01_preview.ServerEvent
  | V2026_04_10.ServerEvent
  | V2026_06_01_preview.ServerEvent
  | V2026_07_15.ServerEvent
  | V2026_07_31_preview.ServerEvent;
type AnyClientEvent =
  | V2025_10_01.ClientEvent
  | V2026_01_01_preview.ClientEvent
  | V2026_04_10.ClientEvent
  | V2026_06_01_preview.ClientEvent
  | V2026_07_15.ClientEvent
  | V2026_07_31_preview.ClientEvent;

/** One example per event type of any version, each typed as that event. */
export type ServerEventExamples = { [T in AnyServerEvent["type"]]: Extract<AnyServerEvent, { type: T }> };
export type ClientEventExamples = { [T in AnyClientEvent["type"]]: Extract<AnyClientEvent, { type: T }> };
