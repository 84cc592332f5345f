/**
 * What test/package/consumer/checks.ts must report, in Node and in Chromium alike.
 * The messages are the package's documented contract (its README and runtime/parse.d.ts).
 */
export const expectedConsumerResults = {
  // The package root is the newest stable version; a subpath pins an older one.
  apiVersions: { root: "2026-07-15", strict: "2026-04-10", pinned: "2025-10-01" },
  sessionCreated: { ok: true, type: "session.created", sessionId: "sess_1" },
  audioDelta: { ok: true, type: "response.audio.delta", delta: "UklGRiQAAABXQVZF" },
  badField: {
    ok: false,
    kind: "invalid",
    message: "response.audio.delta: /content_index must be an integer",
    path: "/content_index",
    type: "response.audio.delta",
  },
  unknownType: { ok: false, kind: "unknown-type", message: 'unknown server event type "x" for API version 2026-07-15', type: "x" },
  malformedJson: { ok: false, kind: "invalid-json", message: "server event: not valid JSON" },
  // Spec mode lets a newer server add fields; strict mode names the one it rejects.
  extraPropertySpec: { ok: true, type: "session.created" },
  extraPropertyStrict: {
    ok: false,
    kind: "invalid",
    message: "session.created: /unexpected_field is not a known property (strict mode)",
    path: "/unexpected_field",
    type: "session.created",
  },
  validStrict: { ok: true, type: "session.created" },
  newerEventLatest: { ok: true, type: "output_audio_buffer.cleared" },
  newerEventPinned: {
    ok: false,
    kind: "unknown-type",
    message: 'unknown server event type "output_audio_buffer.cleared" for API version 2025-10-01',
    type: "output_audio_buffer.cleared",
  },
  clientEventParsed: { ok: true, type: "input_audio_buffer.append" },
  clientEventValid: "valid input_audio_buffer.append",
  clientEventInvalid: "input_audio_buffer.append: /audio is required",
  serverGuard: [true, false],
  schema: { draft: "http://json-schema.org/draft-07/schema#", definesServerEvent: true },
  // An item type 2025-10-01 does not define (2026-04-10 added web search), in a known event:
  // its own kind, the path and the value named, the event handed back.
  unknownNestedVariant: {
    ok: false,
    kind: "unknown-variant",
    message: 'conversation.item.created: /item/type has unknown value "web_search_call" in API version 2025-10-01 (a newer service may send it)',
    path: "/item/type",
    type: "conversation.item.created",
    value: "web_search_call",
    handedBack: true,
  },
  nullInOptionalField: { ok: true, previousItemId: null },
  misspeltClientEvent: {
    rejected: true,
    kind: "invalid",
    message: 'session.update: /sesion is not a known property (strict mode); did you mean "session"?',
    path: "/sesion",
    type: "session.update",
  },
  misspeltOptionalKey: {
    rejected: true,
    kind: "invalid",
    message: 'session.update: /session/instructons is not a known property (strict mode); did you mean "instructions"?',
    path: "/session/instructons",
    type: "session.update",
  },
  serializeTyped: { ok: true, text: '{"type":"session.update","session":{"instructions":"Be brief.","temperature":0.7}}', type: "session.update" },
  parserFor: {
    pinned: { apiVersion: "2026-04-10", parsed: "output_audio_buffer.cleared", sameVersions: ["2026-04-10", "2026-04-10"] },
    // 2025-10-01 predates the event type: the module loaded is really that version's.
    fromConfig: { known: true, apiVersion: "2025-10-01", kind: "unknown-type" },
    unknownVersion: { rejected: true, name: "UnknownApiVersionError", code: "unknown-api-version", apiVersion: "2099-01-01", known: 6 },
  },
};
