// Type-level test, checked by typecheck.test.ts (never run): the event unions of
// every version narrow on `type`. Each `@ts-expect-error` must stay an error, so
// the file also fails if narrowing stops excluding the other events. The send-side check
// must not narrow at all: `event.type` after a rejection is an error on `never`.
import type * as V2025_10_01 from "../../generated/2025-10-01/types.js";
import type * as V2026_01_01_preview from "../../generated/2026-01-01-preview/types.js";
import type * as V2026_04_10 from "../../generated/2026-04-10/types.js";
import type * as V2026_06_01_preview from "../../generated/2026-06-01-preview/types.js";
import { checkClientEvent, serializeClientEvent, serverEventTypes, type ServerEventMap } from "../../generated/2026-04-10/index.js";
import { apiVersions } from "../../generated/index.js";

export function v2025_10_01(server: V2025_10_01.ServerEvent, client: V2025_10_01.ClientEvent): void {
  if (server.type === "session.created") server.session satisfies V2025_10_01.ResponseSession;
  if (server.type === "response.audio.delta") server.delta satisfies string;
  // @ts-expect-error `session` belongs to other events
  if (server.type === "response.audio.delta") void server.session;
  // @ts-expect-error `warning` is not an event of this version
  if (server.type === "warning") void server;
  if (client.type === "session.update") client.session satisfies V2025_10_01.RequestSession;
  // @ts-expect-error `delta` is not on session.update
  if (client.type === "session.update") void client.delta;
}

export function v2026_01_01_preview(server: V2026_01_01_preview.ServerEvent, client: V2026_01_01_preview.ClientEvent): void {
  if (server.type === "session.created") server.session satisfies V2026_01_01_preview.ResponseSession;
  if (server.type === "warning") server satisfies V2026_01_01_preview.ServerEventWarning;
  // @ts-expect-error `session` belongs to other events
  if (server.type === "response.audio.delta") void server.session;
  if (client.type === "session.update") client.session satisfies V2026_01_01_preview.RequestSession;
}

export function v2026_04_10(server: V2026_04_10.ServerEvent, client: V2026_04_10.ClientEvent): void {
  if (server.type === "session.created") server.session satisfies V2026_04_10.ResponseSession;
  if (server.type === "response.video.delta") server satisfies V2026_04_10.ServerEventResponseVideoDelta;
  // @ts-expect-error `session` belongs to other events
  if (server.type === "response.audio.delta") void server.session;
  // @ts-expect-error rtc.call events arrive in 2026-06-01-preview
  if (server.type === "rtc.call.sdp.created") void server;
  if (client.type === "session.update") client.session satisfies V2026_04_10.RequestSession;
}

export function v2026_06_01_preview(server: V2026_06_01_preview.ServerEvent, client: V2026_06_01_preview.ClientEvent): void {
  if (server.type === "session.created") server.session satisfies V2026_06_01_preview.ResponseSession;
  if (server.type === "response.invocation.delta") server satisfies V2026_06_01_preview.ServerEventResponseInvocationDelta;
  // @ts-expect-error `session` belongs to other events
  if (server.type === "response.audio.delta") void server.session;
  if (client.type === "session.update") client.session satisfies V2026_06_01_preview.RequestSession;
}

/** The send side does not narrow: a rejected ClientEvent is still a ClientEvent, not `never`. */
export function sendSide(event: V2026_04_10.ClientEvent): string {
  const rejection = checkClientEvent(event);
  if (rejection) return `${event.type}: ${rejection.message}`;
  if (rejection === undefined) event.type satisfies string;
  const result = serializeClientEvent(event);
  if (!result.ok) return `${event.type}: ${result.error.kind}`;
  return result.text;
}

/** The type map finds a member by its type; the root lists the versions by their literal names. */
export function helpers(): void {
  const done = null as unknown as ServerEventMap["response.done"];
  done satisfies V2026_04_10.ServerEventResponseDone;
  // @ts-expect-error `response.done` has no `delta`
  void done.delta;
  const types: readonly V2026_04_10.ServerEvent["type"][] = serverEventTypes;
  void types;
  for (const version of apiVersions) version satisfies "2025-10-01" | "2026-01-01-preview" | "2026-04-10" | "2026-06-01-preview" | "2026-07-15" | "2026-07-31-preview";
}
