/**
 * OpenAI Realtime GA events as the GA API sends and accepts them, one per event type
 * VoiceLive shares with GA in any API version. Values follow the OpenAI Realtime
 * reference (platform.openai.com/docs/api-reference/realtime); types come from the
 * installed `openai` package.
 */
import type { RealtimeClientEvent, RealtimeServerEvent } from "openai/resources/realtime/realtime";
import type { ExamplesOf } from "./examples-of.js";

/** A few milliseconds of 24 kHz PCM16 silence, base64. */
const AUDIO = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";

export const clientExamples = {
  "session.update": {
    type: "session.update",
    event_id: "event_123",
    session: {
      type: "realtime",
      model: "gpt-realtime",
      output_modalities: ["audio"],
      instructions: "You are a friendly assistant. Keep answers short.",
      audio: {
        input: {
          format: { type: "audio/pcm", rate: 24000 },
          transcription: { model: "gpt-4o-transcribe", language: "en" },
          turn_detection: { type: "server_vad", threshold: 0.5, prefix_padding_ms: 300, silence_duration_ms: 500 },
        },
        output: { format: { type: "audio/pcm", rate: 24000 }, voice: "marin" },
      },
      tools: [
        {
          type: "function",
          name: "get_weather",
          description: "Get the current weather for a city.",
          parameters: { type: "object", properties: { city: { type: "string" } }, required: ["city"] },
        },
      ],
      tool_choice: "auto",
    },
  },
  "input_audio_buffer.append": { type: "input_audio_buffer.append", event_id: "event_456", audio: AUDIO },
  "input_audio_buffer.commit": { type: "input_audio_buffer.commit", event_id: "event_789" },
  "input_audio_buffer.clear": { type: "input_audio_buffer.clear", event_id: "event_012" },
  "output_audio_buffer.clear": { type: "output_audio_buffer.clear", event_id: "optional_client_event_id" },
  "conversation.item.create": {
    type: "conversation.item.create",
    event_id: "event_345",
    previous_item_id: "item_122",
    item: { type: "message", role: "user", content: [{ type: "input_text", text: "What is the weather in Paris?" }] },
  },
  "conversation.item.retrieve": { type: "conversation.item.retrieve", event_id: "event_901", item_id: "item_003" },
  "conversation.item.truncate": { type: "conversation.item.truncate", event_id: "event_678", item_id: "item_002", content_index: 0, audio_end_ms: 1500 },
  "conversation.item.delete": { type: "conversation.item.delete", event_id: "event_901", item_id: "item_003" },
  "response.create": {
    type: "response.create",
    event_id: "event_234",
    response: {
      output_modalities: ["text"],
      instructions: "Answer in one sentence.",
      tool_choice: "none",
      metadata: { topic: "weather" },
    },
  },
  "response.cancel": { type: "response.cancel", event_id: "event_567", response_id: "resp_001" },
} satisfies ExamplesOf<RealtimeClientEvent>;

export const serverExamples = {
  error: {
    type: "error",
    event_id: "event_890",
    error: { type: "invalid_request_error", code: "invalid_event", message: "The 'type' field is missing.", param: null, event_id: "event_567" },
  },
  "session.created": {
    type: "session.created",
    event_id: "event_C9G5RJeJ2gF77mV7f2B1j",
    session: {
      type: "realtime",
      model: "gpt-realtime-2025-08-28",
      output_modalities: ["audio"],
      instructions: "You are a friendly assistant.",
      audio: {
        input: { format: { type: "audio/pcm", rate: 24000 }, turn_detection: { type: "server_vad", threshold: 0.5, prefix_padding_ms: 300, silence_duration_ms: 200, idle_timeout_ms: null, create_response: true, interrupt_response: true } },
        output: { format: { type: "audio/pcm", rate: 24000 }, voice: "marin", speed: 1 },
      },
      tools: [],
      tool_choice: "auto",
      max_output_tokens: "inf",
      tracing: null,
      prompt: null,
      truncation: "auto",
    },
  },
  "session.updated": {
    type: "session.updated",
    event_id: "event_C9G8mqI3IucaojlVKE8Cs",
    session: {
      type: "realtime",
      model: "gpt-realtime",
      output_modalities: ["text"],
      instructions: "Answer in one sentence.",
      tools: [],
      tool_choice: "auto",
      max_output_tokens: 4096,
    },
  },
  "conversation.item.created": {
    type: "conversation.item.created",
    event_id: "event_1920",
    previous_item_id: "msg_002",
    item: { id: "msg_003", object: "realtime.item", type: "message", status: "completed", role: "user", content: [{ type: "input_audio", transcript: "hello there" }] },
  },
  "conversation.item.done": {
    type: "conversation.item.done",
    event_id: "event_CCXLgMZPo3qioWCeQa4WH",
    previous_item_id: "item_CCXLecNJVIVR2HUy3ABLj",
    item: { id: "item_CCXLfxmM5sXVJVz4mCa2S", type: "message", status: "completed", role: "assistant", content: [{ type: "output_audio", transcript: "I can hear you clearly. What can I do for you?" }] },
  },
  "rate_limits.updated": {
    type: "rate_limits.updated",
    event_id: "event_5758",
    rate_limits: [
      { name: "requests", limit: 1000, remaining: 999, reset_seconds: 60 },
      { name: "tokens", limit: 50000, remaining: 49950, reset_seconds: 60 },
    ],
  },
  "conversation.item.retrieved": {
    type: "conversation.item.retrieved",
    event_id: "event_CCXGSizgEppa2d4XbKA7K",
    item: { id: "item_CCXGRxbY0n6WE4EszhF5w", object: "realtime.item", type: "message", status: "completed", role: "assistant", content: [{ type: "output_audio", transcript: "Yes, I can hear you loud and clear." }] },
  },
  "conversation.item.input_audio_transcription.completed": {
    type: "conversation.item.input_audio_transcription.completed",
    event_id: "event_CCXGRvtUVrax5SJAnNOWZ",
    item_id: "item_CCXGQ4e1ht4cOraEYcuR2",
    content_index: 0,
    transcript: "Hey, can you hear me?",
    usage: { type: "tokens", total_tokens: 22, input_tokens: 13, input_token_details: { text_tokens: 0, audio_tokens: 13 }, output_tokens: 9 },
  },
  "conversation.item.input_audio_transcription.delta": {
    type: "conversation.item.input_audio_transcription.delta",
    event_id: "event_CCXGRxsAimPAs8kS2Wc7Z",
    item_id: "item_CCXGQ4e1ht4cOraEYcuR2",
    content_index: 0,
    delta: "Hey",
  },
  "conversation.item.input_audio_transcription.failed": {
    type: "conversation.item.input_audio_transcription.failed",
    event_id: "event_2324",
    item_id: "msg_003",
    content_index: 0,
    error: { type: "transcription_error", code: "audio_unintelligible", message: "The audio could not be transcribed.", param: "audio" },
  },
  "conversation.item.truncated": { type: "conversation.item.truncated", event_id: "event_2526", item_id: "msg_004", content_index: 0, audio_end_ms: 1500 },
  "conversation.item.deleted": { type: "conversation.item.deleted", event_id: "event_2728", item_id: "msg_005" },
  "input_audio_buffer.committed": { type: "input_audio_buffer.committed", event_id: "event_1121", previous_item_id: "msg_001", item_id: "msg_002" },
  "input_audio_buffer.cleared": { type: "input_audio_buffer.cleared", event_id: "event_1314" },
  "input_audio_buffer.speech_started": { type: "input_audio_buffer.speech_started", event_id: "event_1516", audio_start_ms: 1000, item_id: "msg_003" },
  "input_audio_buffer.speech_stopped": { type: "input_audio_buffer.speech_stopped", event_id: "event_1718", audio_end_ms: 2000, item_id: "msg_003" },
  "output_audio_buffer.started": { type: "output_audio_buffer.started", event_id: "event_abc123", response_id: "resp_abc123" },
  "output_audio_buffer.stopped": { type: "output_audio_buffer.stopped", event_id: "event_abc123", response_id: "resp_abc123" },
  "output_audio_buffer.cleared": { type: "output_audio_buffer.cleared", event_id: "event_abc123", response_id: "resp_abc123" },
  "response.created": {
    type: "response.created",
    event_id: "event_C9G8pqbTEddBSIxbBN6Os",
    response: {
      object: "realtime.response",
      id: "resp_C9G8p7IH2WxLbkgPNouYL",
      status: "in_progress",
      output: [],
      conversation_id: "conv_C9G8mmBkLhQJwCon3hoJN",
      output_modalities: ["audio"],
      max_output_tokens: "inf",
      audio: { output: { format: { type: "audio/pcm", rate: 24000 }, voice: "marin" } },
      metadata: null,
    },
  },
  "response.done": {
    type: "response.done",
    event_id: "event_CCXHxcMy86rrKhBLDdqCh",
    response: {
      object: "realtime.response",
      id: "resp_CCXHw0UJld10EzIUXQCNh",
      status: "completed",
      output: [
        {
          id: "item_CCXHwGjjDUfOXbiySlK7i",
          type: "message",
          status: "completed",
          role: "assistant",
          content: [{ type: "output_audio", transcript: "Loud and clear! I can hear you perfectly." }],
        },
      ],
      conversation_id: "conv_CCXHsurMKcaVxIZvaCI5m",
      output_modalities: ["audio"],
      max_output_tokens: "inf",
      usage: {
        total_tokens: 253,
        input_tokens: 132,
        output_tokens: 121,
        input_token_details: { text_tokens: 119, audio_tokens: 13, image_tokens: 0, cached_tokens: 64, cached_tokens_details: { text_tokens: 64, audio_tokens: 0, image_tokens: 0 } },
        output_token_details: { text_tokens: 30, audio_tokens: 91 },
      },
      metadata: null,
    },
  },
  "response.output_item.added": {
    type: "response.output_item.added",
    event_id: "event_C9G8pjSJCfRNEhMEnYAVy",
    response_id: "resp_C9G8p7IH2WxLbkgPNouYL",
    output_index: 0,
    item: { id: "item_C9G8pGVKYnaZu8PH5YQ9O", type: "message", status: "in_progress", role: "assistant", content: [] },
  },
  "response.output_item.done": {
    type: "response.output_item.done",
    event_id: "event_CCXHxcMy86rrKhBLDdqCh",
    response_id: "resp_CCXHw0UJld10EzIUXQCNh",
    output_index: 0,
    item: { id: "item_CCXHwGjjDUfOXbiySlK7i", type: "message", status: "completed", role: "assistant", content: [{ type: "output_audio", transcript: "Loud and clear!" }] },
  },
  "response.content_part.added": {
    type: "response.content_part.added",
    event_id: "event_ClpUEaxIpHNG10RGN1qld",
    response_id: "resp_ClpUDEhR9KAEoP4iOTSDW",
    item_id: "item_ClpUDqYIL2t7YvVQ9S6iN",
    output_index: 0,
    content_index: 0,
    part: { type: "audio", transcript: "" },
  },
  "response.content_part.done": {
    type: "response.content_part.done",
    event_id: "event_CCXHxMwkpyw6TJwdYqb6h",
    response_id: "resp_CCXHw0UJld10EzIUXQCNh",
    item_id: "item_CCXHwGjjDUfOXbiySlK7i",
    output_index: 0,
    content_index: 0,
    part: { type: "audio", transcript: "Loud and clear! I can hear you perfectly." },
  },
  "response.output_text.delta": { type: "response.output_text.delta", event_id: "event_4142", response_id: "resp_001", item_id: "msg_007", output_index: 0, content_index: 0, delta: "Sure, I can h" },
  "response.output_text.done": { type: "response.output_text.done", event_id: "event_4344", response_id: "resp_001", item_id: "msg_007", output_index: 0, content_index: 0, text: "Sure, I can help with that." },
  "response.output_audio_transcript.delta": { type: "response.output_audio_transcript.delta", event_id: "event_CCXGRxsAimPAs8kS2Wc7Z", response_id: "resp_CCXGRlbb5wNx2RbCNdd3E", item_id: "item_CCXGRxbY0n6WE4EszhF5w", output_index: 0, content_index: 0, delta: "Hello" },
  "response.output_audio_transcript.done": { type: "response.output_audio_transcript.done", event_id: "event_CCXHxNJfUeArDmCLczKVu", response_id: "resp_CCXHw0UJld10EzIUXQCNh", item_id: "item_CCXHwGjjDUfOXbiySlK7i", output_index: 0, content_index: 0, transcript: "Loud and clear! I can hear you perfectly." },
  "response.output_audio.delta": { type: "response.output_audio.delta", event_id: "event_4950", response_id: "resp_001", item_id: "msg_008", output_index: 0, content_index: 0, delta: AUDIO },
  "response.output_audio.done": { type: "response.output_audio.done", event_id: "event_5152", response_id: "resp_001", item_id: "msg_008", output_index: 0, content_index: 0 },
  "response.function_call_arguments.delta": { type: "response.function_call_arguments.delta", event_id: "event_5354", response_id: "resp_002", item_id: "fc_001", output_index: 0, call_id: "call_001", delta: '{"city": "Par' },
  "response.function_call_arguments.done": {
    type: "response.function_call_arguments.done",
    event_id: "event_5556",
    response_id: "resp_002",
    item_id: "fc_001",
    output_index: 0,
    call_id: "call_001",
    name: "get_weather",
    arguments: '{"city": "Paris"}',
  },
  "response.mcp_call_arguments.delta": { type: "response.mcp_call_arguments.delta", event_id: "event_6201", response_id: "resp_001", item_id: "mcp_call_001", output_index: 0, delta: '{"partial":true}' },
  "response.mcp_call_arguments.done": { type: "response.mcp_call_arguments.done", event_id: "event_6202", response_id: "resp_001", item_id: "mcp_call_001", output_index: 0, arguments: '{"q":"docs"}' },
  "response.mcp_call.in_progress": { type: "response.mcp_call.in_progress", event_id: "event_6301", item_id: "mcp_call_001", output_index: 0 },
  "response.mcp_call.completed": { type: "response.mcp_call.completed", event_id: "event_6302", item_id: "mcp_call_001", output_index: 0 },
  "response.mcp_call.failed": { type: "response.mcp_call.failed", event_id: "event_6303", item_id: "mcp_call_001", output_index: 0 },
  "mcp_list_tools.in_progress": { type: "mcp_list_tools.in_progress", event_id: "event_6101", item_id: "mcp_list_tools_001" },
  "mcp_list_tools.completed": { type: "mcp_list_tools.completed", event_id: "event_6102", item_id: "mcp_list_tools_001" },
  "mcp_list_tools.failed": { type: "mcp_list_tools.failed", event_id: "event_6103", item_id: "mcp_list_tools_001" },
} satisfies ExamplesOf<RealtimeServerEvent>;
