// A tiny SVG writer for one chart kind: horizontal grouped bars on a log scale.

const escape = (text) => String(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const el = (name, attrs, children = "") =>
  `<${name}${Object.entries(attrs).map(([k, v]) => ` ${k}="${escape(v)}"`).join("")}${children === "" ? "/>" : `>${children}</${name}>`}`;
const fmt = (n) => (n >= 100 ? Math.round(n).toLocaleString("en-US") : n >= 10 ? n.toFixed(1) : n.toFixed(2));

/**
 * @param {{ title: string, subtitle: string, unit: string, series: { name: string, color: string }[], rows: { label: string, values: (number | undefined)[] }[] }} chart
 */
export function barChart({ title, subtitle, unit, series, rows }) {
  const labelWidth = 220;
  const plotWidth = 560;
  const width = labelWidth + plotWidth + 90;
  const barHeight = 12;
  const rowHeight = series.length * barHeight + 12;
  const top = 78;
  const height = top + rows.length * rowHeight + 40;
  const values = rows.flatMap((r) => r.values).filter((v) => v > 0);
  const lo = Math.pow(10, Math.floor(Math.log10(Math.min(...values))));
  const hi = Math.pow(10, Math.ceil(Math.log10(Math.max(...values))));
  const x = (v) => labelWidth + (Math.log10(v / lo) / Math.log10(hi / lo)) * plotWidth;

  const parts = [];
  parts.push(el("rect", { x: 0, y: 0, width, height, fill: "#ffffff" }));
  parts.push(el("text", { x: 12, y: 24, "font-size": 16, "font-weight": "bold" }, escape(title)));
  parts.push(el("text", { x: 12, y: 42, "font-size": 12, fill: "#555" }, escape(subtitle)));
  series.forEach((s, i) => {
    const lx = labelWidth + i * 190;
    parts.push(el("rect", { x: lx, y: 54, width: 12, height: 12, fill: s.color }));
    parts.push(el("text", { x: lx + 16, y: 64, "font-size": 12 }, escape(s.name)));
  });
  for (let v = lo; v <= hi; v *= 10) {
    const gx = x(v);
    parts.push(el("line", { x1: gx, y1: top - 4, x2: gx, y2: height - 30, stroke: "#ddd" }));
    parts.push(el("text", { x: gx, y: height - 14, "font-size": 11, "text-anchor": "middle", fill: "#555" }, escape(`${Math.round(v).toLocaleString("en-US")} ${unit}`)));
  }
  rows.forEach((row, r) => {
    const y0 = top + r * rowHeight;
    parts.push(el("text", { x: labelWidth - 8, y: y0 + rowHeight / 2, "font-size": 12, "text-anchor": "end", "dominant-baseline": "middle" }, escape(row.label)));
    row.values.forEach((v, i) => {
      const y = y0 + 4 + i * barHeight;
      if (!(v > 0)) {
        parts.push(el("text", { x: labelWidth + 4, y: y + barHeight - 2, "font-size": 10, fill: "#999" }, "n/a"));
        return;
      }
      parts.push(el("rect", { x: labelWidth, y, width: Math.max(1, x(v) - labelWidth), height: barHeight - 2, fill: series[i].color }));
      parts.push(el("text", { x: x(v) + 4, y: y + barHeight - 2, "font-size": 10, fill: "#333" }, escape(fmt(v))));
    });
  });
  return `${el("svg", { xmlns: "http://www.w3.org/2000/svg", width, height, viewBox: `0 0 ${width} ${height}`, "font-family": "system-ui, sans-serif" }, parts.join(""))}\n`;
}
