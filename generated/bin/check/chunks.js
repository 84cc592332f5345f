// Splitting a stream of text into the records of a recorded session: lines (JSON Lines,
// or a log with one JSON event per line), or the elements of one top-level JSON array.
// Both read chunk by chunk: memory holds one line or one element at a time, never the file.

/**
 * The lines of a stream of text chunks, each with its 1-based number, without its line
 * break (`\n` or `\r\n`). A line is held whole, so memory is bounded by the longest line.
 */
export async function* linesOf(chunks) {
  let pending = "";
  let number = 0;
  for await (const chunk of chunks) {
    const text = pending + chunk;
    let start = 0;
    for (let end = text.indexOf("\n"); end !== -1; end = text.indexOf("\n", start)) {
      number += 1;
      yield { line: number, text: withoutCarriageReturn(text.slice(start, end)) };
      start = end + 1;
    }
    pending = text.slice(start);
  }
  if (pending.length > 0) yield { line: number + 1, text: withoutCarriageReturn(pending) };
}

function withoutCarriageReturn(line) {
  return line.endsWith("\r") ? line.slice(0, -1) : line;
}

/**
 * The elements of a top-level JSON array, as text, each with the line it starts on,
 * found by scanning brackets and strings (not by parsing the whole array), so a large
 * array is read in bounded memory, one element at a time. A malformed array yields a
 * `{ problem }` where it goes wrong and stops.
 */
export async function* arrayElementsOf(chunks) {
  let line = 1;
  let state = "before"; // before the `[`, in the array, or after its `]`
  let depth = 0; // nesting inside the current element
  let inString = false;
  let escaped = false;
  let parts = [];
  let elementLine = 0;
  let inElement = false;
  let sawElement = false;
  for await (const chunk of chunks) {
    let from = inElement ? 0 : -1; // where the current element's text starts in this chunk
    for (let index = 0; index < chunk.length; index++) {
      const char = chunk[index];
      if (char === "\n") line += 1;
      if (state === "before") {
        if (char === "[") state = "array";
        else if (!isSpace(char)) return yield { problem: "not a JSON array", line };
        continue;
      }
      if (state === "after") {
        if (!isSpace(char)) return yield { problem: "text after the end of the JSON array", line };
        continue;
      }
      if (inString) {
        if (escaped) escaped = false;
        else if (char === "\\") escaped = true;
        else if (char === '"') inString = false;
        continue;
      }
      if (depth === 0 && (char === "," || char === "]")) {
        if (from !== -1) parts.push(chunk.slice(from, index));
        from = -1;
        inElement = false;
        const text = parts.join("").trim();
        parts = [];
        if (text.length > 0) {
          sawElement = true;
          yield { line: elementLine, text };
        } else if (char === "," || sawElement) {
          return yield { problem: "an empty element in the JSON array", line };
        }
        if (char === "]") state = "after";
        continue;
      }
      if (!inElement) {
        if (isSpace(char)) continue;
        inElement = true;
        from = index;
        elementLine = line;
      }
      if (char === '"') inString = true;
      else if (char === "{" || char === "[") depth += 1;
      else if ((char === "}" || char === "]") && --depth < 0) return yield { problem: `an unmatched "${char}" in the JSON array`, line };
    }
    if (from !== -1) parts.push(chunk.slice(from));
  }
  if (state === "before") yield { problem: "empty input: no JSON array", line };
  else if (state === "array") yield { problem: "the JSON array is not closed (the recording may be cut short)", line };
}

function isSpace(char) {
  return char === " " || char === "\n" || char === "\r" || char === "\t";
}
