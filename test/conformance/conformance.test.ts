// Every public VoiceLive event in the corpus validates, in spec mode, against every API
// version that defines its type (from the version its source names onwards; see
// sourceCovers), unless exceptions.md lists it with a reason. A listed
// exception that no longer fails fails the run too, so the list cannot go stale. Strict
// mode is reported, not enforced: strict-report.md is a golden.
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { expectGolden } from "../support/golden.js";
import { type GeneratedVersion, loadAllVersions } from "../validators/support/generated.js";
import { renderCorpusIndex } from "./render-corpus-index.js";
import { renderStrictReport, type StrictFindings } from "./render-strict-report.js";
import { type CorpusEvent, conformanceDir, corpusDir, readCorpusFile, readCorpusIndex, sourceCovers } from "./support/corpus.js";
import { appliesTo, type ListedException, readExceptions } from "./support/exceptions.js";
import { publishedPaths } from "./support/published-paths.js";
import { type Rejection, typeDirections, verdictOf } from "./support/verdicts.js";

const generated = await loadAllVersions();
const index = readCorpusIndex();
const corpus = new Map(index.sources.map((source) => [source.file, readCorpusFile(source.file)]));
const exceptions = readExceptions();

/** Spec-mode rejections, per version, of the events whose type the version defines. */
const rejections = new Map(generated.map((version) => [version.version, rejectionsOf(version)]));

/** The corpus events a version is held to: those of the sources that cover it. */
function eventsFor(version: string): CorpusEvent[] {
  return index.sources.filter((source) => sourceCovers(source, version)).flatMap((source) => corpus.get(source.file)!);
}

function rejectionsOf(version: GeneratedVersion): Rejection[] {
  const byType = typeDirections(version);
  return eventsFor(version.version).flatMap((event) => {
    const verdict = verdictOf(version, byType, "spec", event);
    return verdict ? [verdict] : [];
  });
}

function isListed(rejection: Rejection): ListedException | undefined {
  return exceptions.find((exception) => exception.file === rejection.file && exception.line === rejection.line && appliesTo(exception, rejection.version));
}

function describeRejection(rejection: Rejection): string {
  return `${rejection.file}:${rejection.line} (${rejection.version}, ${rejection.type}) at ${rejection.path || "/"}: ${rejection.message}`;
}

describe("the corpus", () => {
  it("lists every corpus file in sources.json, and nothing else", () => {
    const files = readdirSync(corpusDir).filter((name) => name.endsWith(".jsonl")).sort();
    expect(index.sources.map((source) => source.file).sort()).toEqual(files);
  });

  it.each(index.sources.map((source) => [source.file, source]))("%s holds as many events as sources.json says", (file, source) => {
    expect(corpus.get(file)).toHaveLength(source.events);
  });

  it("has an index, README.md, rendered from sources.json", async () => {
    await expectGolden(join(corpusDir, "README.md"), renderCorpusIndex(index));
  });

  it("holds at least 200 events recorded from the service, beside the published examples", () => {
    const recorded = index.sources.filter((source) => source.kind === "recorded-session").reduce((sum, source) => sum + corpus.get(source.file)!.length, 0);
    expect(recorded).toBeGreaterThanOrEqual(200);
  });

  it("holds at least one event of a type each API version defines", () => {
    for (const version of generated) {
      const byType = typeDirections(version);
      const asked = eventsFor(version.version).filter((event) => verdictOf(version, byType, "spec", event) !== undefined);
      expect(asked.length, version.version).toBeGreaterThan(0);
    }
  });
});

describe.each(generated.map((version) => version.version))("API version %s, spec mode", (version) => {
  const covered = index.sources.filter((source) => sourceCovers(source, version)).map((source) => source.file);
  it.each(covered)("accepts every event of %s whose type it defines, or lists it in exceptions.md", (file) => {
    const unlisted = rejections
      .get(version)!
      .filter((rejection) => rejection.file === file && !isListed(rejection))
      .map(describeRejection);
    expect(unlisted, "rejected and not listed in exceptions.md").toEqual([]);
  });
});

describe("exceptions.md", () => {
  it("names only versions that exist", () => {
    const known = new Set(generated.map((version) => version.version));
    for (const exception of exceptions) {
      if (exception.versions === "all") continue;
      for (const version of exception.versions) expect(known.has(version), `exceptions.md:${exception.at} names ${version}`).toBe(true);
    }
  });

  it.each(exceptions.map((exception) => [`${exception.file}:${exception.line}`, exception]))("%s still fails where it is listed (else the entry is stale)", (_, exception) => {
    const events: CorpusEvent[] | undefined = corpus.get(exception.file);
    expect(events, `exceptions.md:${exception.at}: no corpus file ${exception.file}`).toBeDefined();
    expect(exception.line, `exceptions.md:${exception.at}: ${exception.file} has no line ${exception.line}`).toBeLessThanOrEqual(events?.length ?? 0);
    // `all` means every version that checks the file: a file is not held against versions older than its own.
    const source = index.sources.find((candidate) => candidate.file === exception.file)!;
    for (const version of generated.filter((candidate) => appliesTo(exception, candidate.version) && sourceCovers(source, candidate.version))) {
      const failing = rejections.get(version.version)!.some((rejection) => rejection.file === exception.file && rejection.line === exception.line);
      expect(failing, `exceptions.md:${exception.at}: ${exception.file}:${exception.line} is accepted by ${version.version}; remove the entry`).toBe(true);
    }
  });

  it("is a file of its own", () => {
    expect(existsSync(join(conformanceDir, "exceptions.md"))).toBe(true);
  });
});

describe("strict mode", () => {
  it("rejects what strict-report.md says it rejects", async () => {
    const findings: StrictFindings[] = generated.map((version) => {
      const byType = typeDirections(version);
      const acceptedInSpec = eventsFor(version.version).filter((event) => verdictOf(version, byType, "spec", event) === null);
      const strictRejections = acceptedInSpec.flatMap((event) => {
        const verdict = verdictOf(version, byType, "strict", event);
        return verdict ? [verdict] : [];
      });
      return { version: version.version, published: publishedPaths(version.version), accepted: acceptedInSpec.length, rejections: strictRejections };
    });
    await expectGolden(join(conformanceDir, "strict-report.md"), renderStrictReport(findings));
  });
});
