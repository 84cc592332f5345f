// What an SDK does with voicelive-wire: parse socket messages, narrow on `type`, pin an
// API version by subpath or load one on demand, choose strict mode, check and serialize
// outgoing events. Node runs it after tsc, Chromium after esbuild; both must report the
// same results.
//
// Some lines only prove something to the type checker: a `@ts-expect-error` fails the
// compile when the error it expects is gone, so the negative cases are checked too.
import {
  apiVersion,
  checkClientEvent,
  formatValidationErrors,
  parseClientEvent,
  parseServerEvent,
  serializeClientEvent,
  validateClientEvent,
  validateServerEvent,
  type ClientEvent,
  type ParseResult,
  type Rejection,
  type ServerEvent,
  type ServerEventMap,
} from "voicelive-wire";
import * as v2025 from "voicelive-wire/2025-10-01";
import type { ServerEvent as ServerEvent2025 } from "voicelive-wire/2025-10-01";
import * as strict from "voicelive-wire/2026-04-10/strict";
import { runLazyChecks } from "./lazy.js";

const sessionCreated = {
  type: "session.created",
  event_id: "event_1",
  session: { id: "sess_1", model: "gpt-4o-realtime-preview", instructions: "Be brief.", temperature: 0.8 },
};

const audioDelta = {
  type: "response.audio.delta",
  event_id: "event_2",
  response_id: "resp_1",
  item_id: "item_1",
  output_index: 0,
  content_index: 0,
  delta: "UklGRiQAAABXQVZF",
};

/** A server event type added in 2026-04-10: unknown to 2025-10-01. */
const bufferCleared = { type: "output_audio_buffer.cleared", event_id: "event_3" };

// The root is 2026-07-15, so the event type exists there and not in 2025-10-01.
const newerType: ServerEvent["type"] = "output_audio_buffer.cleared";
// @ts-expect-error `output_audio_buffer.cleared` was added in 2026-04-10.
const olderType: ServerEvent2025["type"] = "output_audio_buffer.cleared";
// A version subpath says which version it is, as a literal type.
const pinnedVersion: "2025-10-01" = v2025.apiVersion;

/** Compiles only if the `ServerEvent` union narrows on `type`. */
function sessionIdOf(event: ServerEvent): string | undefined {
  // @ts-expect-error Only some members have `session`, so the whole union must not offer it.
  void event.session;
  if (event.type === "session.created") return event.session.id;
  return undefined;
}

/** Compiles only if the validator is a type guard: `value.type` needs a `ClientEvent`. */
function describeClientEvent(value: unknown): string {
  if (validateClientEvent(value)) return `valid ${value.type}`;
  return formatValidationErrors(validateClientEvent.errors, value);
}

/** Compiles only if `T` is not `never`: a check that narrowed its argument to `never` would fail here. */
function notNever<T>(value: T, proof: [T] extends [never] ? "narrowed to never" : "kept its type"): T {
  void proof;
  return value;
}

/**
 * A newer service (2026-04-10 has web search) talking to an SDK pinned to 2025-10-01: the
 * event type is known, the item inside it is not. The SDK gets the event back, typed
 * `unknown`, with the path and the value it does not know, and can skip or pass it on.
 */
const webSearchItemCreated = {
  type: "conversation.item.created",
  event_id: "event_4",
  previous_item_id: "item_0",
  item: { type: "web_search_call", id: "ws_1", status: "completed" },
};

function unknownNestedVariant(): Record<string, unknown> {
  const result = v2025.parseServerEvent(JSON.stringify(webSearchItemCreated));
  if (result.ok) return { ok: true };
  const { kind, message, path, type, value, event } = result.error;
  // @ts-expect-error The event handed back is `unknown`: the types never claim a shape it does not have.
  void event.type;
  return { ok: false, kind, message, path, type, value, handedBack: JSON.stringify(event) === JSON.stringify(webSearchItemCreated) };
}

/** `null` where the service sends it: an optional output field the spec types `string | null`. */
function nullInOptionalField(): Record<string, unknown> {
  const result = parseServerEvent(JSON.stringify({ type: "conversation.item.created", event_id: "event_5", previous_item_id: null }));
  if (!result.ok || result.event.type !== "conversation.item.created") return summarize(result);
  const created: ServerEventMap["conversation.item.created"] = result.event;
  const previous: string | null | undefined = created.previous_item_id;
  return { ok: true, previousItemId: previous };
}

/** The send side: checked strictly before it goes out, a misspelt key rejected with a suggestion. */
function misspeltClientEvent(): Record<string, unknown> {
  // @ts-expect-error TypeScript catches the misspelling in typed code; the check catches it in what TypeScript never saw.
  const misspelt: ClientEvent = { type: "session.update", sesion: { instructions: "Be brief." } };
  return rejectionSummary(checkClientEvent(misspelt));
}

/** A misspelt optional key, which no `required` error points at: the suggestion comes from the names the strict schema knows. */
function misspeltOptionalKey(): Record<string, unknown> {
  // @ts-expect-error as above: typed code never gets this far.
  const misspelt: ClientEvent = { type: "session.update", session: { instructons: "Be brief." } };
  return rejectionSummary(checkClientEvent(misspelt));
}

/** A typed event, checked and serialized: no narrowing to `never` on either branch. */
function serializeTyped(): Record<string, unknown> {
  const update: ClientEvent = { type: "session.update", session: { instructions: "Be brief.", temperature: 0.7 } };
  const rejection = checkClientEvent(update);
  if (rejection) return { rejected: notNever(update, "kept its type").type, ...rejectionSummary(rejection) };
  const sent = serializeClientEvent(notNever(update, "kept its type"));
  // The type guard is the wrong tool for this: it narrows a typed event to `never` when it fails.
  if (!validateClientEvent(update)) {
    // @ts-expect-error `update` is `never` here (TS2339), which is why checkClientEvent exists.
    void update.type;
  }
  return sent.ok ? { ok: true, text: sent.text, type: notNever(update, "kept its type").type } : { ok: false, ...rejectionSummary(sent.error) };
}

function rejectionSummary(rejection: Rejection | undefined): Record<string, unknown> {
  if (!rejection) return { rejected: false };
  const { kind, message, path, type } = rejection;
  return { rejected: true, kind, message, path, type };
}

/** A parse result as plain JSON; the absent fields of a rejection stay absent. */
function summarize(result: ParseResult<{ type: string }>): Record<string, unknown> {
  if (result.ok) return { ok: true, type: result.event.type };
  const { kind, message, path, type } = result.error;
  return { ok: false, kind, message, path, type };
}

/** The error message of malformed JSON ends with the engine's own words, which differ between Node and Chromium. */
function withoutEngineDetail(summary: Record<string, unknown>): Record<string, unknown> {
  return { ...summary, message: String(summary.message).replace(/ \(.*\)$/s, "") };
}

export async function runChecks(): Promise<Record<string, unknown>> {
  const created = parseServerEvent(JSON.stringify(sessionCreated));
  const delta = parseServerEvent(JSON.stringify(audioDelta));
  return {
    apiVersions: { root: apiVersion, strict: strict.apiVersion, pinned: pinnedVersion },
    sessionCreated: { ...summarize(created), sessionId: created.ok ? sessionIdOf(created.event) : null },
    audioDelta: { ...summarize(delta), delta: delta.ok && delta.event.type === "response.audio.delta" ? delta.event.delta : null },
    badField: summarize(parseServerEvent(JSON.stringify({ ...audioDelta, content_index: "x" }))),
    unknownType: summarize(parseServerEvent(JSON.stringify({ type: "x" }))),
    malformedJson: withoutEngineDetail(summarize(parseServerEvent('{"type": "session.created"'))),
    extraPropertySpec: summarize(parseServerEvent(JSON.stringify({ ...sessionCreated, unexpected_field: true }))),
    extraPropertyStrict: summarize(strict.parseServerEvent(JSON.stringify({ ...sessionCreated, unexpected_field: true }))),
    validStrict: summarize(strict.parseServerEvent(JSON.stringify(sessionCreated))),
    newerEventLatest: summarize(parseServerEvent(JSON.stringify(bufferCleared))),
    newerEventPinned: summarize(v2025.parseServerEvent(JSON.stringify(bufferCleared))),
    clientEventParsed: summarize(parseClientEvent(JSON.stringify({ type: "input_audio_buffer.append", audio: "AAAA" }))),
    clientEventValid: describeClientEvent({ type: "input_audio_buffer.append", audio: "AAAA" }),
    clientEventInvalid: describeClientEvent({ type: "input_audio_buffer.append" }),
    serverGuard: [validateServerEvent(sessionCreated), validateServerEvent({ ...audioDelta, delta: 7 })],
    unknownNestedVariant: unknownNestedVariant(),
    nullInOptionalField: nullInOptionalField(),
    misspeltClientEvent: misspeltClientEvent(),
    misspeltOptionalKey: misspeltOptionalKey(),
    serializeTyped: serializeTyped(),
    parserFor: await runLazyChecks(),
  };
}
