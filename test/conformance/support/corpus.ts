// The conformance corpus as the tests see it: the sources listed in corpus/sources.json,
// each with its events read line by line from its JSON Lines file.
import { readFileSync } from "node:fs";
import { join } from "node:path";

export const conformanceDir = join(import.meta.dirname, "..");
export const corpusDir = join(conformanceDir, "corpus");

/** `doc-example`: published in documentation or a specification; `recorded-session`: wire JSON the service sent. */
export type SourceKind = "doc-example" | "recorded-session";

/** One corpus file and where its events come from. */
export interface CorpusSource {
  file: string;
  kind: SourceKind;
  repository: string;
  path: string;
  commit: string;
  /** The published page, when the source is rendered on the web. */
  url: string;
  /** The API version the source names, or `unstated`. */
  apiVersion: string;
  events: number;
  note: string;
}

/** A published example that is not in the corpus, and why. */
export interface SkippedExample {
  source: string;
  /** The corpus file the rest of that source went to, if any. */
  file: string;
  example: string;
  reason: string;
}

export interface CorpusIndex {
  sources: CorpusSource[];
  skipped: SkippedExample[];
}

/** One event of the corpus: its file, its 1-based line, the line's text and its value. */
export interface CorpusEvent {
  file: string;
  line: number;
  text: string;
  value: unknown;
}

export function readCorpusIndex(): CorpusIndex {
  return JSON.parse(readFileSync(join(corpusDir, "sources.json"), "utf8")) as CorpusIndex;
}

/**
 * The events of one corpus file. A line that is not JSON throws: the corpus holds only
 * events that parsed when they were taken, so such a line means the file was damaged.
 */
export function readCorpusFile(file: string): CorpusEvent[] {
  const text = readFileSync(join(corpusDir, file), "utf8");
  if (!text.endsWith("\n")) throw new Error(`${file}: the last line has no line break`);
  return text
    .slice(0, -1)
    .split("\n")
    .map((line, index) => {
      try {
        return { file, line: index + 1, text: line, value: JSON.parse(line) as unknown };
      } catch (error) {
        throw new Error(`${file}:${index + 1} is not JSON: ${(error as Error).message}`);
      }
    });
}

/**
 * Whether a source is held against an API version: a source that names a version speaks
 * for that version and the ones after it (an older version never promised a newer
 * feature); a source that names none speaks for every version. API versions start with
 * their date, so string order is release order.
 */
export function sourceCovers(source: CorpusSource, version: string): boolean {
  return source.apiVersion === "unstated" || source.apiVersion <= version;
}

/** The `type` of an event, when it has a string one. */
export function eventType(value: unknown): string | undefined {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return undefined;
  const type = (value as { type?: unknown }).type;
  return typeof type === "string" ? type : undefined;
}
