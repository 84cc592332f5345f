/** The Markdown escaping the reports need, in one place. */

/** An inline code span; a longer fence when the text holds backticks (CommonMark §6.1). */
export function code(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longest + 1);
  return longest > 0 ? `${fence} ${text} ${fence}` : `${fence}${text}${fence}`;
}

/** A table cell: GFM splits cells on `|` even inside code spans, so it is escaped; cells are one line. */
export function cell(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/\n/g, " ");
}

export function table(header: readonly string[], rows: readonly (readonly string[])[], align: readonly ("left" | "right")[] = []): string[] {
  const rule = header.map((_, index) => (align[index] === "right" ? "--:" : "---"));
  return [header, rule, ...rows].map((row) => `| ${row.map(cell).join(" | ")} |`);
}

/**
 * The anchor GitHub gives a heading: lower case, punctuation other than `-` and `_`
 * dropped, each space a hyphen (github-slugger). Headings here are unique, so no `-1` suffixes.
 */
export function slug(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, "")
    .replace(/ /g, "-");
}

export function link(text: string, heading: string): string {
  return `[${text}](#${slug(heading)})`;
}
