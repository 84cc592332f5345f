// exceptions.md is parsed, not skimmed: a malformed row must stop the run rather than
// drop an exception (or keep a stale one) without a word.
import { describe, expect, it } from "vitest";
import { appliesTo, parseExceptions } from "./support/exceptions.js";

const table = (...rows: string[]) => ["# Exceptions", "", "Prose | with a pipe.", "", "| file | line | versions | reason |", "| --- | --- | --- | --- |", ...rows, "", "More prose."].join("\n");

describe("parseExceptions", () => {
  it("reads each row: file, line, versions, reason and where it sits", () => {
    const rows = parseExceptions(table("| `docs-a.jsonl` | 12 | all | the example has no `type` |", "| docs-b.jsonl | 3 | 2025-10-01, 2026-04-10 | a placeholder for an object |"));
    expect(rows).toEqual([
      { file: "docs-a.jsonl", line: 12, versions: "all", reason: "the example has no `type`", at: 7 },
      { file: "docs-b.jsonl", line: 3, versions: ["2025-10-01", "2026-04-10"], reason: "a placeholder for an object", at: 8 },
    ]);
    expect(appliesTo(rows[0]!, "2026-06-01-preview")).toBe(true);
    expect(appliesTo(rows[1]!, "2026-04-10")).toBe(true);
    expect(appliesTo(rows[1]!, "2026-01-01-preview")).toBe(false);
  });

  it("reads an empty table as no exceptions", () => {
    expect(parseExceptions(table())).toEqual([]);
  });

  it.each([
    ["a row with a cell missing", table("| docs-a.jsonl | 12 | all |"), /exceptions\.md:7: expected 4 cells, found 3/],
    ["a line that is not a number", table("| docs-a.jsonl | twelve | all | why |"), /exceptions\.md:7: "twelve" is not a line number/],
    ["a file that is not a corpus file", table("| docs-a.json | 1 | all | why |"), /exceptions\.md:7: "docs-a\.json" is not a corpus file/],
    ["a row without a reason", table("| docs-a.jsonl | 1 | all |  |"), /exceptions\.md:7: an exception needs a reason/],
    ["no table at all", "# Exceptions\n\nNone.\n", /has no table with the header/],
  ])("rejects %s, naming the line", (_, markdown, message) => {
    expect(() => parseExceptions(markdown)).toThrow(message);
  });
});
