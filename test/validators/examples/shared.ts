// Building blocks the event examples share, all from one imagined conversation: a
// user asks a voice assistant for the weather, the model calls `get_weather` and
// answers in speech. Reusing them keeps the ids consistent across events.
import type {
  AvatarConfig,
  FunctionTool,
  Response,
  ResponseFunctionCallItem,
  ResponseFunctionCallOutputItem,
  ResponseMessageItem,
  ResponseSession,
  TokenUsage,
} from "./wire-types.js";

export const ids = {
  session: "sess_CqF1uM4dGkq7Bn2rY",
  userItem: "item_CqF2Jv5nA0sT8cLw",
  callItem: "item_CqF2L0aY7hQw2NcB",
  callOutputItem: "item_CqF2LhT4s6bV1pKo",
  assistantItem: "item_CqF2KZp1v9xR3mDe",
  response: "resp_CqF2KZ0s8uXb4WgN",
  call: "call_7sbQ2xVn1kPc9GmE",
  turn: "turn_0b5c2f8e",
  rtcCall: "rtc_4d1e7a90c3b24f6e",
  endConversationCall: "call_E9dQ4mRt2LwX8aJc",
  sipCall: "sipcall_7f2c9a41e0",
  sipChain: "chain_3b8d5e1f77",
} as const;

/**
 * Audio as it travels: base64 of 16-bit little-endian PCM. These are 24 samples
 * (1 ms) of a real tone, short enough to read, valid enough to decode.
 */
export const audio = {
  /** Model output at 24 kHz: a 440 Hz tone. */
  output: "AABZAa0C+AM2BWIGeAd1CFYJFgq1Ci8LgwuwC7ULkwtJC9oKRQqNCbUIwAewBooF",
  /** Microphone input at 16 kHz: a 220 Hz tone. */
  microphone: "AABpANAANAGXAfgBUwKrAv8CSgORA9IDCQQ7BGUEgwScBKwEsASuBKMEjQRwBEwE",
} as const;

/** Session description protocol, trimmed to the lines a reader recognises. */
export const sdp = {
  offer:
    "v=0\r\no=- 4611731400430051336 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\nm=audio 9 UDP/TLS/RTP/SAVPF 111\r\na=rtpmap:111 opus/48000/2\r\n",
  answer:
    "v=0\r\no=- 7268430091153201542 2 IN IP4 0.0.0.0\r\ns=-\r\nt=0 0\r\nm=audio 9 UDP/TLS/RTP/SAVPF 111\r\na=rtpmap:111 opus/48000/2\r\n",
} as const;

export const getWeatherTool: FunctionTool = {
  type: "function",
  name: "get_weather",
  description: "Gets the current weather for a city.",
  parameters: {
    type: "object",
    properties: {
      location: { type: "string", description: "City and state, e.g. Seattle, WA" },
      unit: { type: "string", enum: ["celsius", "fahrenheit"] },
    },
    required: ["location"],
  },
};

export const weatherArguments = '{"location":"Seattle, WA","unit":"celsius"}';
export const weatherOutput = '{"temperature":18,"unit":"celsius","conditions":"sunny"}';
export const spokenAnswer = "It's 18 degrees and sunny in Seattle right now.";

/** The avatar a session streams: fields every version has. */
export const avatar: AvatarConfig = {
  character: "lisa",
  style: "casual-sitting",
  customized: false,
  ice_servers: [
    {
      urls: ["turn:relay.communication.microsoft.com:3478"],
      username: "BQAANkN0ZXN0dXNlcg==",
      credential: "c2VjcmV0LWNyZWRlbnRpYWw=",
    },
  ],
  video: {
    bitrate: 2_000_000,
    codec: "h264",
    resolution: { width: 1920, height: 1080 },
    crop: { top_left: [560, 0], bottom_right: [1360, 1080] },
    background: { color: "#FFFFFFFF" },
  },
};

/** The session as the service first reports it: defaults, OpenAI voice by name. */
export const defaultSession: ResponseSession = {
  id: ids.session,
  object: "realtime.session",
  expires_at: 1767229200,
  model: "gpt-realtime",
  modalities: ["text", "audio"],
  instructions: "",
  voice: "alloy",
  input_audio_format: "pcm16",
  output_audio_format: "pcm16",
  input_audio_sampling_rate: 24000,
  turn_detection: { type: "server_vad", threshold: 0.5, prefix_padding_ms: 300, silence_duration_ms: 500 },
  tools: [],
  tool_choice: "auto",
  temperature: 0.8,
  max_response_output_tokens: "inf",
};

/** The session after the client configured it: Azure voice, semantic VAD, a tool. */
/** What a client typically configures, sent in `session.update` and echoed in `session.updated`. */
export const sessionSettings = {
  instructions: "You are a friendly weather assistant. Answer in one or two short sentences.",
  voice: { type: "azure-standard", name: "en-US-Ava:DragonHDLatestNeural", temperature: 0.8 },
  input_audio_sampling_rate: 16000,
  turn_detection: {
    type: "azure_semantic_vad",
    threshold: 0.3,
    prefix_padding_ms: 200,
    silence_duration_ms: 200,
    remove_filler_words: true,
    end_of_utterance_detection: { model: "semantic_detection_v1", threshold_level: "default", timeout_ms: 4000 },
  },
} satisfies Partial<ResponseSession>;

export const configuredSession: ResponseSession = {
  ...defaultSession,
  ...sessionSettings,
  input_audio_transcription: { model: "azure-speech", language: "en-US", phrase_list: ["Seattle", "Redmond"] },
  avatar,
  tools: [getWeatherTool],
};

export const userAudioMessage: ResponseMessageItem = {
  id: ids.userItem,
  object: "realtime.item",
  type: "message",
  role: "user",
  status: "completed",
  content: [{ type: "input_audio", audio: audio.microphone, transcript: "What's the weather in Seattle?" }],
};

export const functionCall: ResponseFunctionCallItem = {
  id: ids.callItem,
  object: "realtime.item",
  type: "function_call",
  status: "completed",
  name: "get_weather",
  call_id: ids.call,
  arguments: weatherArguments,
};

export const functionCallOutput: ResponseFunctionCallOutputItem = {
  id: ids.callOutputItem,
  object: "realtime.item",
  type: "function_call_output",
  call_id: ids.call,
  output: weatherOutput,
};

/** The spoken answer once done: `response.done` omits the audio itself, keeping the transcript. */
export const assistantAnswer: ResponseMessageItem = {
  id: ids.assistantItem,
  object: "realtime.item",
  type: "message",
  role: "assistant",
  status: "completed",
  content: [{ type: "audio", transcript: spokenAnswer }],
};

export const usage: TokenUsage = {
  total_tokens: 412,
  input_tokens: 318,
  output_tokens: 94,
  input_token_details: {
    cached_tokens: 192,
    text_tokens: 201,
    audio_tokens: 117,
    image_tokens: 0,
    cached_tokens_details: { text_tokens: 192, audio_tokens: 0, image_tokens: 0 },
  },
  output_token_details: { text_tokens: 21, audio_tokens: 73 },
};

/**
 * A response as `response.created` reports it. `output_audio_format` has a schema
 * default and is left out on purpose: a validator that filled in defaults would
 * change its input, which the no-mutation checks would then catch.
 */
export const responseInProgress: Response = {
  id: ids.response,
  object: "realtime.response",
  status: "in_progress",
  output: [],
  conversation_id: "conv_CqF1uN2bHs0pQe5tZ",
  modalities: ["text", "audio"],
  voice: { type: "azure-standard", name: "en-US-Ava:DragonHDLatestNeural" },
  temperature: 0.8,
  max_output_tokens: "inf",
};

/** The same response when the user talked over it: cancelled by turn detection. */
export const responseInterrupted: Response = {
  ...responseInProgress,
  status: "cancelled",
  status_details: { type: "cancelled", reason: "turn_detected" },
  output: [functionCall, { ...assistantAnswer, status: "incomplete" }],
  usage,
  metadata: { topic: "weather" },
};
