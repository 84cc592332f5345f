// One valid example of every client event, keyed by its `type`. Each uses only fields
// that every API version defining the event has; richer shapes of newer versions are
// in since-version.ts.
import { audio, getWeatherTool, ids, sdp, sessionSettings, weatherOutput } from "./shared.js";
import type { ClientEventExamples, RequestSession } from "./wire-types.js";

/** What a client typically sends first: voice, turn detection, transcription, tools. */
export const sessionRequest: RequestSession = {
  modalities: ["text", "audio"],
  ...sessionSettings,
  input_audio_format: "pcm16",
  output_audio_format: "pcm16",
  input_audio_transcription: { model: "azure-speech", language: "en-US" },
  tools: [getWeatherTool],
  tool_choice: "auto",
  temperature: 0.8,
  max_response_output_tokens: 1024,
};

export const clientEvents = {
  // --- session ---------------------------------------------------------------
  "session.update": { type: "session.update", event_id: "client_evt_0001", session: sessionRequest },
  "session.avatar.connect": { type: "session.avatar.connect", event_id: "client_evt_0002", client_sdp: sdp.offer },
  "rtc.call.sdp.create": {
    type: "rtc.call.sdp.create",
    event_id: "client_evt_0003",
    sdp_offer: sdp.offer,
    session: { modalities: ["audio"], voice: "marin", input_audio_format: "pcm16" },
  },

  // --- input audio -------------------------------------------------------------
  "input_audio_buffer.append": { type: "input_audio_buffer.append", event_id: "client_evt_0004", audio: audio.microphone },
  "input_audio_buffer.commit": { type: "input_audio_buffer.commit", event_id: "client_evt_0005" },
  "input_audio_buffer.clear": { type: "input_audio_buffer.clear", event_id: "client_evt_0006" },
  "input_audio.turn.start": { type: "input_audio.turn.start", event_id: "client_evt_0007", turn_id: ids.turn },
  "input_audio.turn.append": { type: "input_audio.turn.append", event_id: "client_evt_0008", turn_id: ids.turn, audio: audio.microphone },
  "input_audio.turn.end": { type: "input_audio.turn.end", event_id: "client_evt_0009", turn_id: ids.turn },
  "input_audio.turn.cancel": { type: "input_audio.turn.cancel", event_id: "client_evt_0010", turn_id: ids.turn },
  "input_audio.clear": { type: "input_audio.clear", event_id: "client_evt_0011" },
  "output_audio_buffer.clear": { type: "output_audio_buffer.clear", event_id: "client_evt_0012" },

  // --- conversation ------------------------------------------------------------
  "conversation.item.create": {
    type: "conversation.item.create",
    event_id: "client_evt_0013",
    previous_item_id: ids.callItem,
    item: { type: "function_call_output", call_id: ids.call, output: weatherOutput },
  },
  "conversation.item.retrieve": { type: "conversation.item.retrieve", event_id: "client_evt_0014", item_id: ids.userItem },
  "conversation.item.truncate": {
    type: "conversation.item.truncate",
    event_id: "client_evt_0015",
    item_id: ids.assistantItem,
    content_index: 0,
    audio_end_ms: 1500,
  },
  "conversation.item.delete": { type: "conversation.item.delete", event_id: "client_evt_0016", item_id: ids.callOutputItem },

  // --- responses -----------------------------------------------------------------
  "response.create": {
    type: "response.create",
    event_id: "client_evt_0017",
    // `commit`, `cancel_previous` and `output_audio_format` have schema defaults and are
    // left out on purpose: a validator that filled them in would change its input.
    response: {
      modalities: ["text", "audio"],
      instructions: "Greet the user and offer to check the weather.",
      voice: "alloy",
      input_items: [
        { type: "message", role: "system", content: [{ type: "input_text", text: "The user is in Seattle, WA." }] },
        { type: "message", role: "user", content: [{ type: "input_text", text: "Hi there!" }] },
      ],
      tools: [getWeatherTool],
      tool_choice: "auto",
      temperature: 0.7,
      max_output_tokens: 300,
      metadata: { purpose: "greeting" },
    },
    additional_instructions: "Keep it under ten words.",
  },
  "response.cancel": { type: "response.cancel", event_id: "client_evt_0018", response_id: ids.response },

  // --- streamed text input (from the later 2026-06-01-preview) ------------------
  "input_text.delta": { type: "input_text.delta", event_id: "client_evt_0019", id: "item_CqF5T0typed", delta: "What's the weather " },
  "input_text.done": { type: "input_text.done", event_id: "client_evt_0020", id: "item_CqF5T0typed" },
} satisfies ClientEventExamples;
