// The VoiceLive event streams the bench validates, simulated turn by turn from a seed:
// a session, then spoken turns (speech detection, input transcription, an audio or text
// response, sometimes a function call, `response.done` with every output item). Every
// event is built from the version's schema by the sampler; the simulation only ties ids,
// indexes and texts together the way the service does.
import { createRng } from "./prng.js";
import { createSampler, STYLE_FULL, STYLE_SMALL } from "./sample.js";

/** Random bytes drawn once; audio chunks are base64 of slices of it (distinct strings, cheap to build). */
function createMedia(rng) {
  const pool = Buffer.alloc(96 * 1024);
  for (let i = 0; i < pool.length; i++) pool[i] = Math.floor(rng.next() * 256);
  return {
    audio(minChars, maxChars) {
      const chars = rng.int(minChars / 4, maxChars / 4) * 4;
      const bytes = (chars / 4) * 3;
      const offset = rng.int(0, pool.length - bytes);
      return pool.subarray(offset, offset + bytes).toString("base64");
    },
  };
}

/** Events whose validation walks a whole session or response: the "large" set. */
export const LARGE_TYPES = ["session.created", "session.updated", "response.done"];

/**
 * @param {{ defs: Record<string, any> }} bundle
 * @returns {{ server: object[], client: object[] }}
 */
export function buildStreams(bundle, { seed, serverCount, clientCount }) {
  const rng = createRng(seed);
  const s = createSampler(bundle.defs, rng, createMedia(rng));
  const server = [];
  const emit = (type, fields = {}, style = STYLE_SMALL) => server.push(s.branchOf("ServerEvent", type, fields, style));
  const newId = (prefix) => `${prefix}_${rng.id(16)}`;

  const functionTool = () =>
    s.branchOf("Tool", "function", { name: `${s.words(1, 1)}_${rng.id(4)}`, description: s.words(8, 20), parameters: s.value({}, "parameters") });
  const session = s.def(
    "ResponseSession",
    { id: newId("sess"), object: "realtime.session", model: "gpt-realtime", instructions: s.words(80, 160), tools: Array.from({ length: rng.int(3, 6) }, functionTool) },
    STYLE_FULL,
  );
  emit("session.created", { session });
  emit("session.updated", { session: { ...session, temperature: 0.7 } });

  let previousItem;
  while (server.length < serverCount) {
    // The user speaks; the service detects it and transcribes it.
    const userItem = newId("item");
    const startMs = rng.int(0, 600_000);
    emit("input_audio_buffer.speech_started", { item_id: userItem, audio_start_ms: startMs });
    emit("input_audio_buffer.speech_stopped", { item_id: userItem, audio_end_ms: startMs + rng.int(800, 9000) });
    emit("input_audio_buffer.committed", { item_id: userItem, previous_item_id: previousItem });
    const said = [];
    const userMessage = s.branchOf("ResponseItem", "message", {
      id: userItem,
      object: "realtime.item",
      role: "user",
      status: "completed",
      content: [s.branchOf("ContentPart", "input_text", { text: "" })],
    });
    emit("conversation.item.created", { previous_item_id: previousItem, item: userMessage });
    for (let i = rng.int(4, 10); i > 0; i--) {
      const delta = ` ${s.words(1, 3)}`;
      said.push(delta);
      emit("conversation.item.input_audio_transcription.delta", { item_id: userItem, content_index: 0, delta, logprobs: undefined });
    }
    emit("conversation.item.input_audio_transcription.completed", { item_id: userItem, content_index: 0, transcript: said.join(""), logprobs: undefined, phrases: undefined });

    // The model answers: audio with its transcript (or text), sometimes after a function call.
    const responseId = newId("resp");
    const response = (fields, style) =>
      s.def("Response", { id: responseId, object: "realtime.response", status_details: undefined, usage: undefined, ...fields }, style);
    emit("response.created", { response: response({ status: "in_progress", output: [] }, STYLE_SMALL) });
    const output = [];
    // Half the turns call functions first (one to three calls): response.done then has several output items.
    const draw = rng.next();
    const calls = draw < 0.5 ? 0 : draw < 0.75 ? 1 : draw < 0.9 ? 2 : 3;
    for (let c = 0; c < calls; c++) {
      const itemId = newId("item");
      const callId = newId("call");
      const name = `get_${s.words(1, 1)}`;
      const call = (fields) => s.branchOf("ResponseItem", "function_call", { id: itemId, object: "realtime.item", name, call_id: callId, ...fields });
      const outputIndex = output.length;
      emit("response.output_item.added", { response_id: responseId, output_index: outputIndex, item: call({ arguments: "", status: "in_progress" }) });
      const args = JSON.stringify({ query: s.words(2, 6), days: rng.int(1, 7), units: rng.pick(["metric", "imperial"]) });
      for (let at = 0; at < args.length; ) {
        const size = rng.int(4, 12);
        emit("response.function_call_arguments.delta", { response_id: responseId, item_id: itemId, output_index: outputIndex, call_id: callId, delta: args.slice(at, at + size) });
        at += size;
      }
      emit("response.function_call_arguments.done", { response_id: responseId, item_id: itemId, output_index: outputIndex, call_id: callId, arguments: args, name });
      const done = call({ arguments: args, status: "completed" });
      emit("response.output_item.done", { response_id: responseId, output_index: outputIndex, item: done });
      output.push(done);
    }
    const audio = rng.next() >= 0.15;
    const itemId = newId("item");
    const outputIndex = output.length;
    const at = { response_id: responseId, item_id: itemId, output_index: outputIndex, content_index: 0 };
    const message = (fields) => s.branchOf("ResponseItem", "message", { id: itemId, object: "realtime.item", role: "assistant", ...fields });
    emit("response.output_item.added", { response_id: responseId, output_index: outputIndex, item: message({ status: "in_progress", content: [] }) });
    emit("conversation.item.created", { previous_item_id: userItem, item: message({ status: "in_progress", content: [] }) });
    const partType = audio ? "audio" : "text";
    const part = (text) => s.branchOf("ContentPart", partType, audio ? { transcript: text, audio: undefined } : { text });
    emit("response.content_part.added", { ...at, part: part("") });
    const spoken = [];
    if (audio) {
      let chunks = rng.int(25, 70);
      let words = Math.round(chunks * 0.8);
      while (chunks + words > 0) {
        if (rng.next() < chunks / (chunks + words)) {
          emit("response.audio.delta", { ...at, delta: s.value({ type: "string" }, "audio") });
          chunks--;
        } else {
          const delta = ` ${s.words(1, 3)}`;
          spoken.push(delta);
          emit("response.audio_transcript.delta", { ...at, delta });
          words--;
        }
      }
      emit("response.audio.done", at);
      emit("response.audio_transcript.done", { ...at, transcript: spoken.join("") });
    } else {
      for (let i = rng.int(30, 80); i > 0; i--) {
        const delta = ` ${s.words(1, 3)}`;
        spoken.push(delta);
        emit("response.text.delta", { ...at, delta });
      }
      emit("response.text.done", { ...at, text: spoken.join("") });
    }
    emit("response.content_part.done", { ...at, part: part(spoken.join("")) });
    const finished = message({ status: "completed", content: [part(spoken.join(""))] });
    emit("response.output_item.done", { response_id: responseId, output_index: outputIndex, item: finished });
    output.push(finished);
    emit("response.done", { response: response({ status: "completed", output, usage: s.def("TokenUsage", {}, STYLE_FULL) }, STYLE_FULL) });
    previousItem = itemId;

    // Now and then: a warning, an error, a configuration change.
    const extra = rng.next();
    if (extra < 0.03) emit("error", { error: s.def("ServerEventErrorDetails", { type: "invalid_request_error" }, STYLE_FULL) });
    else if (extra < 0.06) emit("warning", {}, STYLE_FULL);
    else if (extra < 0.08) emit("session.updated", { session: { ...session, instructions: s.words(80, 160) } });
  }
  server.length = serverCount;

  const client = [];
  const send = (type, fields = {}, style = STYLE_SMALL) => client.push(s.branchOf("ClientEvent", type, fields, style));
  send("session.update", { session: s.def("RequestSession", { model: undefined, instructions: s.words(80, 160), tools: [functionTool(), functionTool()] }, STYLE_FULL) });
  while (client.length < clientCount) {
    for (let i = rng.int(10, 40); i > 0; i--) send("input_audio_buffer.append", { audio: s.value({ type: "string" }, "audio") });
    const next = rng.next();
    if (next < 0.3) {
      send("input_audio_buffer.commit");
      send("response.create", { response: s.def("ResponseCreateParams", { input_items: undefined, append_input_items: undefined, pre_generated_assistant_message: undefined }) });
    } else if (next < 0.45) {
      send("conversation.item.create", { item: s.branchOf("ConversationRequestItem", "function_call_output", { output: JSON.stringify({ ok: true, value: s.words(2, 6) }) }) });
      send("response.create");
    } else if (next < 0.55) {
      send("conversation.item.create", { item: s.value({ $ref: "#/$defs/MessageItem" }, "", { ...STYLE_SMALL, arrays: [1, 2] }) });
    } else if (next < 0.6) {
      send("response.cancel");
      send("conversation.item.truncate");
    } else if (next < 0.63) {
      send("input_audio_buffer.clear");
    }
  }
  client.length = clientCount;
  return { server, client };
}

/** Counts per event type, most frequent first. */
export function typeCounts(events) {
  const counts = new Map();
  for (const event of events) counts.set(event.type, (counts.get(event.type) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}

/**
 * How many of `objects` there are and how many hidden-class shapes they come in, as
 * JSON.parse makes them: one per distinct sequence of keys. A property read that meets
 * more than four shapes is megamorphic in V8, and each (shape, key) pair then takes a
 * slot of its stub cache.
 */
export function keyShapes(objects) {
  return { objects: objects.length, shapes: new Set(objects.map((object) => Object.keys(object).join("\u0000"))).size };
}
