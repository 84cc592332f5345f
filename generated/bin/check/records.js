// What a recorded session holds, record by record: an event (possibly inside a wrapper
// that says its direction), a line that is no JSON at all (skipped and counted), or a
// problem with the record itself (JSON that does not parse, a value that is no object).
import { arrayElementsOf, linesOf } from "./chunks.js";

/**
 * The records of a session, from a stream of text chunks. A session whose first
 * character (after white space) is `[` is one JSON array, read element by element;
 * anything else is read line by line. Yields, each with its 1-based `line`:
 * `{ value, text }` (a parsed JSON value and the text it came from),
 * `{ skipped: true }` (a line with no JSON in it), or `{ problem }`.
 */
export async function* recordsOf(chunks) {
  const [first, rest] = await peekFirstCharacter(chunks);
  if (first === "[") {
    for await (const element of arrayElementsOf(rest)) {
      yield element.problem ? { line: element.line, problem: element.problem } : parsed(element.line, element.text);
    }
    return;
  }
  for await (const { line, text } of linesOf(rest)) yield* recordsOfLine(line, text);
}

/**
 * One line of JSON Lines or of a log. A line that starts with `{` must be JSON. A line
 * that starts otherwise (a log's timestamp or logger name first) holds an event when
 * the text from its first `{` to its last `}` is a JSON object; else it is skipped.
 * Blank lines are neither records nor skipped lines.
 */
function* recordsOfLine(line, text) {
  const trimmed = text.trim();
  if (trimmed.length === 0) return;
  if (trimmed.startsWith("{")) return yield parsed(line, trimmed);
  const [start, end] = [text.indexOf("{"), text.lastIndexOf("}")];
  if (start !== -1 && end > start) {
    const inner = text.slice(start, end + 1);
    const value = tryParse(inner);
    if (value !== undefined && isObject(value)) return yield { line, value, text: inner };
  }
  yield { line, skipped: true };
}

function parsed(line, text) {
  const value = tryParse(text);
  if (value === undefined) return { line, problem: `not valid JSON (${excerpt(text)})` };
  return { line, value, text };
}

function tryParse(text) {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

export function isObject(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/** The start of a text, on one line, for a message. */
export function excerpt(text) {
  const line = String(text).replace(/[\u0000-\u001f\u2028\u2029]/g, " ");
  return line.length > 60 ? `${line.slice(0, 57)}...` : line;
}

/** The first non-blank character of a stream, and the stream again with nothing lost. */
async function peekFirstCharacter(chunks) {
  const iterator = chunks[Symbol.asyncIterator]();
  const seen = [];
  let first;
  while (first === undefined) {
    const next = await iterator.next();
    if (next.done) break;
    seen.push(next.value);
    const match = /\S/.exec(next.value);
    if (match) first = match[0];
  }
  async function* replay() {
    yield* seen;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
  }
  return [first, replay()];
}
