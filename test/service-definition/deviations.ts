// The listed deviations from the service's published definition: the table under
// "## Deviations from the service's definition" in spec/README.md, where each row gives
// the kind of difference, a wire path (with `*` for any run of characters), the API
// versions it holds for (`all`, or a comma list) and the evidence. The comparison test
// accepts exactly the differences a row covers, and fails on a row that covers none.
import type { Difference, DifferenceKind } from "./compare.ts";

export interface Deviation {
  kind: DifferenceKind;
  pattern: string;
  versions: "all" | string[];
  evidence: string;
  /** The row's line in spec/README.md, for messages. */
  line: number;
}

const heading = "## Deviations from the service's definition";

export function readDeviations(readme: string): Deviation[] {
  const lines = readme.split("\n");
  const start = lines.indexOf(heading);
  if (start < 0) throw new Error(`spec/README.md has no "${heading}" section`);
  const deviations: Deviation[] = [];
  for (let index = start + 1; index < lines.length && !lines[index]!.startsWith("## "); index++) {
    const cells = tableCells(lines[index]!);
    if (!cells || cells[0] === "difference" || /^-+$/.test(cells[0]!)) continue;
    if (cells.length !== 4) throw new Error(`spec/README.md:${index + 1}: a deviation row has 4 cells, this one ${cells.length}`);
    const [kind, pattern, versions, evidence] = cells.map(unquote) as [string, string, string, string];
    deviations.push({
      kind: kind as DifferenceKind,
      pattern,
      versions: versions === "all" ? "all" : versions.split(",").map((v) => v.trim()),
      evidence,
      line: index + 1,
    });
  }
  return deviations;
}

export function covers(deviation: Deviation, version: string, difference: Difference): boolean {
  if (deviation.kind !== difference.kind) return false;
  if (deviation.versions !== "all" && !deviation.versions.includes(version)) return false;
  return globToRegExp(deviation.pattern).test(difference.path);
}

/** The cells of a table row; a `|` inside a code span (`` `string | null` ``) does not end a cell. */
function tableCells(line: string): string[] | undefined {
  if (!line.startsWith("|")) return undefined;
  const cells: string[] = [];
  let cell = "";
  let inCode = false;
  for (const char of line.slice(1, line.endsWith("|") ? -1 : undefined)) {
    if (char === "`") inCode = !inCode;
    if (char === "|" && !inCode) {
      cells.push(cell.trim());
      cell = "";
    } else cell += char;
  }
  cells.push(cell.trim());
  return cells;
}

function unquote(cell: string): string {
  return cell.startsWith("`") && cell.endsWith("`") ? cell.slice(1, -1) : cell;
}

function globToRegExp(pattern: string): RegExp {
  const escaped = pattern.split("*").map((part) => part.replace(/[.+?^${}()|[\]\\]/g, "\\$&"));
  return new RegExp(`^${escaped.join(".*")}$`);
}
