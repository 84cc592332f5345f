// corpus/README.md, rendered from corpus/sources.json so the readable index and the
// machine-readable one cannot disagree (the test compares it as a golden).
import { code, table } from "../openai/markdown.js";
import type { CorpusIndex, CorpusSource } from "./support/corpus.js";

export function renderCorpusIndex(index: CorpusIndex): string {
  const total = index.sources.reduce((sum, source) => sum + source.events, 0);
  const recorded = index.sources.filter((source) => source.kind === "recorded-session").reduce((sum, source) => sum + source.events, 0);
  const lines = [
    "<!-- Rendered from sources.json by test/conformance/conformance.test.ts; `npm run golden:update` rewrites it. -->",
    "# Conformance corpus",
    "",
    "Public VoiceLive events, each file from one source, one event per line (JSON Lines).",
    "An event is the published JSON parsed and written back on one line: same keys, same order,",
    "same values; nothing is added, removed or repaired. A published example that is not valid",
    "JSON, or that is a fragment rather than an event, is listed under Skipped instead.",
    "The conformance test holds a file against the API version it names and every later one",
    "(an older version never promised a newer feature); a file whose version is `unstated`,",
    "against every version.",
    "",
    `${total} events in ${index.sources.length} files: ${total - recorded} published examples and ${recorded} recorded from the service.`,
    "",
    "## Files",
    "",
    ...table(
      ["file", "kind", "source", "API version", "events"],
      index.sources.map((source) => [code(source.file), source.kind, provenance(source), source.apiVersion, String(source.events)]),
      ["left", "left", "left", "left", "right"],
    ),
    "",
    ...index.sources.filter((source) => source.note).flatMap((source) => [`- ${code(source.file)}: ${source.note}`]),
    "",
    "## Not in the corpus yet",
    "",
    "- The 2026-07-15 reference page (voice-live-api-reference-2026-07-15.md): no generated/ version reads it yet.",
    "- The other how-to pages (function calling, MCP, interim response, customization, agents) and the quickstarts other than Java.",
    "- Recorded sessions from the SDK test suites: the VoiceLive tests of azure-sdk-for-python, -js, -net and -java are live-only",
    "  and keep no recordings in their repositories, and Azure/azure-sdk-assets holds none for VoiceLive.",
    "- Recorded sessions other than pydantic-ai's Voice Live cassettes: none turned up in the public repositories, issue threads",
    "  and pages searched. pydantic-ai's `azure-current` parity cassettes are Azure OpenAI GA traffic, not Voice Live, so they stay out.",
    "",
    "## Skipped",
    "",
    ...(index.skipped.length === 0
      ? ["Nothing was skipped."]
      : table(
          ["source", "example", "reason"],
          index.skipped.map((skip) => [skip.file ? code(skip.file) : code(skip.source), skip.example, skip.reason]),
        )),
    "",
  ];
  return lines.join("\n");
}

function provenance(source: CorpusSource): string {
  const file = `${source.repository} ${code(source.path)}${source.commit ? ` at ${code(source.commit.slice(0, 12))}` : ""}`;
  return source.url ? `${file}, published at ${source.url}` : file;
}
