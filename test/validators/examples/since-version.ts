// Richer examples for API versions that added fields or nested types to an existing
// event. An entry under a version replaces the base example from that version on
// (until a later entry replaces it again), so the base examples stay valid in the
// oldest versions while the newer shapes (MCP items, interim responses, transcription
// phrases...) still get validated and mutated.
import { clientEvents, sessionRequest } from "./client-events.js";
import { serverEvents } from "./server-events.js";
import { audio, avatar, configuredSession, getWeatherTool, responseInterrupted, usage } from "./shared.js";
import type { ClientEventExamples, MCPServer, ServerEventExamples } from "./wire-types.js";

const weatherMcpServer: MCPServer = {
  type: "mcp",
  server_label: "weather",
  server_url: "https://mcp.weather.example.com/sse",
  authorization: "Bearer mcp_tok_7f3a9c",
  headers: { "x-tenant": "contoso" },
  allowed_tools: ["get_forecast"],
  require_approval: "never",
};

const mcpCallItemId = "item_CqF2KX0mcpCall";
const approvalRequestId = "item_CqF2KX0mcpApproval";

/** Added in 2026-01-01-preview: MCP tools and items, reasoning effort, interim responses, avatar protocol. */
const serverIn2026_01 = {
  "session.updated": {
    ...serverEvents["session.updated"],
    session: {
      ...configuredSession,
      avatar: { ...avatar, type: "video-avatar", output_protocol: "webrtc", output_audit_audio: false },
      tools: [getWeatherTool, weatherMcpServer],
      reasoning_effort: "low",
      interim_response: {
        type: "static_interim_response",
        triggers: ["tool"],
        latency_threshold_ms: 1500,
        texts: ["One moment, let me check that.", "Let me look that up."],
      },
    },
  },
  "conversation.item.created": {
    ...serverEvents["conversation.item.created"],
    item: {
      type: "mcp_list_tools",
      id: "item_CqF1uR0mcpList",
      object: "realtime.item",
      server_label: "weather",
      tools: [
        {
          name: "get_forecast",
          description: "Forecast for a city, by day.",
          input_schema: { type: "object", properties: { city: { type: "string" } }, required: ["city"] },
          annotations: { readOnlyHint: true },
        },
      ],
    },
  },
  "conversation.item.retrieved": {
    ...serverEvents["conversation.item.retrieved"],
    item: {
      type: "mcp_approval_request",
      id: approvalRequestId,
      object: "realtime.item",
      server_label: "weather",
      name: "get_forecast",
      arguments: '{"city":"Seattle"}',
    },
  },
  "response.output_item.done": {
    ...serverEvents["response.output_item.done"],
    output_index: 0,
    item: {
      type: "mcp_call",
      id: mcpCallItemId,
      object: "realtime.item",
      approval_request_id: approvalRequestId,
      server_label: "weather",
      name: "get_forecast",
      arguments: '{"city":"Seattle"}',
      output: '{"forecast":[{"day":"today","conditions":"sunny","high_c":18}]}',
    },
  },
} satisfies Partial<ServerEventExamples>;

const clientIn2026_01 = {
  "session.update": {
    ...clientEvents["session.update"],
    session: {
      ...sessionRequest,
      tools: [getWeatherTool, weatherMcpServer],
      reasoning_effort: "low",
      interim_response: {
        type: "llm_interim_response",
        triggers: ["latency", "tool"],
        latency_threshold_ms: 2000,
        model: "gpt-4.1-mini",
        instructions: "Say briefly that you are still working on it.",
        max_completion_tokens: 40,
      },
    },
  },
  "conversation.item.create": {
    type: "conversation.item.create",
    event_id: "client_evt_0013",
    item: { type: "mcp_approval_response", approval_request_id: approvalRequestId, approve: true },
  },
  "response.create": {
    ...clientEvents["response.create"],
    response: {
      ...clientEvents["response.create"].response,
      reasoning_effort: "minimal",
      input_items: [
        {
          type: "message",
          role: "user",
          content: [
            { type: "input_text", text: "Answer what I asked in this recording." },
            { type: "input_audio", audio: audio.microphone, transcript: "What is the weather like in Seattle?" },
          ],
        },
      ],
    },
  },
} satisfies Partial<ClientEventExamples>;

/** Added in 2026-04-10: transcription log probabilities and phrases, reasoning tokens, metadata. */
const serverIn2026_04 = {
  "conversation.item.input_audio_transcription.completed": {
    ...serverEvents["conversation.item.input_audio_transcription.completed"],
    logprobs: [
      { token: "What's", logprob: -0.0012, bytes: [87, 104, 97, 116, 39, 115] },
      { token: " Seattle", logprob: -0.21, bytes: [32, 83, 101, 97, 116, 116, 108, 101] },
    ],
    phrases: [
      {
        offset_milliseconds: 1240,
        duration_milliseconds: 1680,
        text: "What's the weather in Seattle?",
        locale: "en-US",
        confidence: 0.93,
        words: [
          { text: "What's", offset_milliseconds: 1240, duration_milliseconds: 320 },
          { text: "Seattle", offset_milliseconds: 2330, duration_milliseconds: 590 },
        ],
      },
    ],
  },
  "response.done": {
    ...serverEvents["response.done"],
    response: {
      ...responseInterrupted,
      usage: { ...usage, output_token_details: { text_tokens: 21, audio_tokens: 73, reasoning_tokens: 12 } },
    },
  },
  "session.updated": {
    ...serverIn2026_01["session.updated"],
    session: { ...serverIn2026_01["session.updated"].session, metadata: { app: "weather-kiosk", build: "2026.04.2" } },
  },
} satisfies Partial<ServerEventExamples>;

const clientIn2026_04 = {
  "session.update": {
    ...clientIn2026_01["session.update"],
    session: { ...clientIn2026_01["session.update"].session, metadata: { app: "weather-kiosk" } },
  },
  "response.create": {
    ...clientIn2026_01["response.create"],
    response: {
      ...clientIn2026_01["response.create"].response,
      interim_response: { type: "static_interim_response", triggers: ["latency"], latency_threshold_ms: 1200, texts: ["Hmm, let me see."] },
    },
  },
} satisfies Partial<ClientEventExamples>;

/** Added in 2026-06-01-preview: input for a hosted agent invocation. */
const clientIn2026_06 = {
  "response.create": {
    ...clientIn2026_04["response.create"],
    response: { ...clientIn2026_04["response.create"].response, invoke_input: { city: "Seattle", days: 3, units: ["celsius"] } },
  },
} satisfies Partial<ClientEventExamples>;

/** Per API version: the examples that replace the base ones from that version on. */
export const serverEventsSince: Record<string, Partial<ServerEventExamples>> = {
  "2026-01-01-preview": serverIn2026_01,
  "2026-04-10": serverIn2026_04,
};

export const clientEventsSince: Record<string, Partial<ClientEventExamples>> = {
  "2026-01-01-preview": clientIn2026_01,
  "2026-04-10": clientIn2026_04,
  "2026-06-01-preview": clientIn2026_06,
};
