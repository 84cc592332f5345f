/**
 * Every VoiceLive event type (of any API version) and its OpenAI counterpart per flavour.
 *
 * One row per VoiceLive event. `ga` / `beta` are only written where that OpenAI flavour
 * spells the event differently; a row without them means "the same `type` string, if
 * that flavour has it". Which events exist on one side only is therefore computed from
 * the two APIs, never listed here. `event-mapping.test.ts` fails when a VoiceLive event
 * has no row, a row names an event no version has, or a counterpart is not in the
 * `openai` package: a new event in the spec makes someone decide whether OpenAI has it.
 */
export interface EventMappingRow {
  /** The VoiceLive `type`. */
  readonly voicelive: string;
  /** The GA event's `type`, when GA renamed it. */
  readonly ga?: string;
  /** The beta event's `type`, when beta spells it differently. */
  readonly beta?: string;
}

export const eventMapping: readonly EventMappingRow[] = [
  // Client events.
  { voicelive: "conversation.item.create" },
  { voicelive: "conversation.item.delete" },
  { voicelive: "conversation.item.retrieve" },
  { voicelive: "conversation.item.truncate" },
  { voicelive: "input_audio.clear" },
  { voicelive: "input_audio.turn.append" },
  { voicelive: "input_audio.turn.cancel" },
  { voicelive: "input_audio.turn.end" },
  { voicelive: "input_audio.turn.start" },
  { voicelive: "input_text.delta" },
  { voicelive: "input_text.done" },
  { voicelive: "input_audio_buffer.append" },
  { voicelive: "input_audio_buffer.clear" },
  { voicelive: "input_audio_buffer.commit" },
  { voicelive: "output_audio_buffer.clear" },
  { voicelive: "response.cancel" },
  { voicelive: "response.create" },
  { voicelive: "rtc.call.sdp.create" },
  { voicelive: "session.avatar.connect" },
  { voicelive: "session.update" },

  // Server events.
  { voicelive: "conversation.item.created" },
  { voicelive: "conversation.item.deleted" },
  { voicelive: "conversation.item.done" },
  { voicelive: "conversation.item.input_audio_transcription.completed" },
  { voicelive: "conversation.item.input_audio_transcription.delta" },
  { voicelive: "conversation.item.input_audio_transcription.failed" },
  { voicelive: "conversation.item.retrieved" },
  { voicelive: "conversation.item.truncated" },
  { voicelive: "error" },
  { voicelive: "input_audio_buffer.cleared" },
  { voicelive: "input_audio_buffer.committed" },
  { voicelive: "input_audio_buffer.speech_started" },
  { voicelive: "input_audio_buffer.speech_stopped" },
  { voicelive: "mcp_list_tools.completed" },
  { voicelive: "mcp_list_tools.failed" },
  { voicelive: "mcp_list_tools.in_progress" },
  { voicelive: "output_audio_buffer.cleared" },
  { voicelive: "output_audio_buffer.started" },
  { voicelive: "output_audio_buffer.stopped" },
  { voicelive: "rate_limits.updated" },
  { voicelive: "response.animation_blendshapes.delta" },
  { voicelive: "response.animation_blendshapes.done" },
  { voicelive: "response.animation_viseme.delta" },
  { voicelive: "response.animation_viseme.done" },
  // GA renamed the model's output events `output_*`; VoiceLive keeps the beta names.
  { voicelive: "response.audio.delta", ga: "response.output_audio.delta" },
  { voicelive: "response.audio.done", ga: "response.output_audio.done" },
  { voicelive: "response.audio_timestamp.delta" },
  { voicelive: "response.audio_timestamp.done" },
  { voicelive: "response.audio_transcript.annotation.added" },
  { voicelive: "response.audio_transcript.delta", ga: "response.output_audio_transcript.delta" },
  { voicelive: "response.audio_transcript.done", ga: "response.output_audio_transcript.done" },
  { voicelive: "response.content_part.added" },
  { voicelive: "response.content_part.done" },
  { voicelive: "response.created" },
  { voicelive: "response.done" },
  { voicelive: "response.file_search_call.completed" },
  { voicelive: "response.file_search_call.in_progress" },
  { voicelive: "response.file_search_call.searching" },
  { voicelive: "response.function_call_arguments.delta" },
  { voicelive: "response.function_call_arguments.done" },
  { voicelive: "response.invocation.delta" },
  { voicelive: "response.mcp_call.completed" },
  { voicelive: "response.mcp_call.failed" },
  { voicelive: "response.mcp_call.in_progress" },
  { voicelive: "response.mcp_call_arguments.delta" },
  { voicelive: "response.mcp_call_arguments.done" },
  { voicelive: "realtime.call.connected" },
  { voicelive: "realtime.call.disconnected" },
  { voicelive: "realtime.call.failed" },
  { voicelive: "realtime.call.incoming" },
  { voicelive: "realtime.call.transfer.failed" },
  { voicelive: "realtime.call.transfer.succeeded" },
  { voicelive: "response.output_item.added" },
  { voicelive: "response.output_item.done" },
  { voicelive: "response.system_tool_arguments.delta" },
  { voicelive: "response.system_tool_arguments.done" },
  // Same rename as the audio events: GA says `output_text`.
  { voicelive: "response.text.delta", ga: "response.output_text.delta" },
  { voicelive: "response.text.done", ga: "response.output_text.done" },
  { voicelive: "response.video.delta" },
  { voicelive: "response.web_search_call.completed" },
  { voicelive: "response.web_search_call.in_progress" },
  { voicelive: "response.web_search_call.searching" },
  { voicelive: "rtc.call.error" },
  { voicelive: "rtc.call.sdp.created" },
  { voicelive: "session.avatar.connecting" },
  { voicelive: "session.avatar.switch_to_idle" },
  { voicelive: "session.avatar.switch_to_speaking" },
  { voicelive: "session.created" },
  { voicelive: "session.end_conversation.cancelled" },
  { voicelive: "session.end_conversation.completed" },
  { voicelive: "session.updated" },
  { voicelive: "warning" },
];
