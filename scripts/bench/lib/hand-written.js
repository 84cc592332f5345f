// The floor: what a careful person writes by hand for the five most frequent server
// events of the stream, checking exactly what the schema says (required fields, types,
// int32 range) and nothing else. Any other event type is not handled (returns false).
// The bench checks at start-up that these five are the stream's most frequent types and
// that this check agrees with the generated validator on them.

/** The types this check handles. */
export const HAND_WRITTEN_TYPES = [
  "response.audio.delta",
  "response.audio_transcript.delta",
  "response.text.delta",
  "response.function_call_arguments.delta",
  "conversation.item.input_audio_transcription.delta",
];

const isString = (v) => typeof v === "string";
const isOptionalString = (v) => v === undefined || typeof v === "string";
// `(v | 0) === v` holds exactly for integers in the int32 range.
const isInt32 = (v) => typeof v === "number" && (v | 0) === v;

function isLogProbs(list) {
  if (!Array.isArray(list)) return false;
  for (const entry of list) {
    if (entry === null || typeof entry !== "object" || !isString(entry.token) || typeof entry.logprob !== "number" || !Array.isArray(entry.bytes)) return false;
    for (const byte of entry.bytes) if (!isInt32(byte)) return false;
  }
  return true;
}

export function handWrittenServerEvent(e) {
  if (e === null || typeof e !== "object") return false;
  switch (e.type) {
    case "response.audio.delta":
    case "response.audio_transcript.delta":
    case "response.text.delta":
      return isOptionalString(e.event_id) && isString(e.response_id) && isString(e.item_id) && isInt32(e.output_index) && isInt32(e.content_index) && isString(e.delta);
    case "response.function_call_arguments.delta":
      return isOptionalString(e.event_id) && isString(e.response_id) && isString(e.item_id) && isInt32(e.output_index) && isString(e.call_id) && isString(e.delta);
    case "conversation.item.input_audio_transcription.delta":
      return (
        isOptionalString(e.event_id) &&
        isString(e.item_id) &&
        (e.content_index === undefined || isInt32(e.content_index)) &&
        isOptionalString(e.delta) &&
        (e.logprobs === undefined || isLogProbs(e.logprobs))
      );
    default:
      return false;
  }
}
