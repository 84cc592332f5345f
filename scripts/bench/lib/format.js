// Number formatting and Markdown tables for the report.

export const ns = (value) =>
  value === undefined || Number.isNaN(value) ? "n/a" : value >= 100 ? Math.round(value).toLocaleString("en-US") : value >= 10 ? value.toFixed(1) : value.toFixed(2);

export const range = (summary, unit = ns) => (summary ? `${unit(summary.min)}–${unit(summary.max)}` : "n/a");

export const perSecond = (nsPerEvent) => {
  if (!(nsPerEvent > 0)) return "n/a";
  const rate = 1e9 / nsPerEvent;
  return rate >= 1e6 ? `${(rate / 1e6).toFixed(rate >= 1e7 ? 0 : 1)} M/s` : `${(rate / 1e3).toFixed(rate >= 1e4 ? 0 : 1)} k/s`;
};

export const times = (value) => (value === undefined ? "n/a" : `${value >= 10 ? value.toFixed(0) : value.toFixed(2)}×`);
export const ms = (value) => (value === undefined || Number.isNaN(value) ? "n/a" : value >= 100 ? `${Math.round(value).toLocaleString("en-US")} ms` : `${value.toFixed(1)} ms`);
export const kib = (bytes) => (bytes === undefined ? "n/a" : `${(bytes / 1024).toFixed(1)} KiB`);
export const mib = (bytes) => `${(bytes / 2 ** 20).toFixed(2)} MiB`;
export const percent = (value) => `${(value * 100).toFixed(value < 0.1 ? 1 : 0)}%`;

/** A Markdown table; `align` is a string of `l`/`r` per column. */
export function table(head, rows, align = "") {
  const cell = (text) => String(text).replace(/\|/g, "\\|").replace(/\n/g, " ");
  const sep = head.map((_, i) => (align[i] === "r" ? "---:" : "---"));
  return [head, sep, ...rows].map((row, i) => `| ${(i === 1 ? row : row.map(cell)).join(" | ")} |`).join("\n");
}
