// Progress on stderr while a large session is checked: how far into the file, and how
// many events so far. Only for input past PROGRESS_FROM bytes, at most once a second.

const PROGRESS_FROM = 32 * 1024 * 1024;
const INTERVAL_MS = 1000;

/**
 * `tick(events)` after each record, `done()` at the end. `bytesRead()` is how much of
 * the input has been read; `total` its size in bytes, or undefined (standard input).
 * On a terminal the line is rewritten in place; elsewhere each report is a line.
 */
export function createProgress(stderr, bytesRead, total, enabled) {
  let last = Date.now();
  let shown = false;
  let calls = 0;
  const tick = (events) => {
    // Date.now() for every record would cost more than the check of small events.
    if (!enabled || ++calls % 1024 !== 0) return;
    const now = Date.now();
    const read = bytesRead();
    if (now - last < INTERVAL_MS || (total ?? read) < PROGRESS_FROM) return;
    last = now;
    shown = true;
    const share = total ? `${Math.floor((read / total) * 100)}% (${megabytes(read)} of ${megabytes(total)})` : megabytes(read);
    const text = `voicelive-wire: ${share}, ${events.toLocaleString("en-US")} events`;
    stderr.write(stderr.isTTY ? `\r${text}\u001b[K` : `${text}\n`);
  };
  const done = () => {
    if (shown && stderr.isTTY) stderr.write("\r\u001b[K");
  };
  return { tick, done };
}

function megabytes(bytes) {
  return `${(bytes / (1024 * 1024)).toFixed(0)} MB`;
}
