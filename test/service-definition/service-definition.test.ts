// Field by field, every API version of the spec against the service's published
// definition: events, properties, optionality, nullability, enum members and union
// variants, compared by wire path. A difference passes only when spec/README.md lists it
// as a deviation, with its evidence; a listed deviation that no longer differs fails too.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { generatedDir, repoRoot } from "../support/paths.js";
import { type Difference, compareFacts } from "./compare.ts";
import { covers, readDeviations } from "./deviations.ts";
import { factsFromBundle } from "./from-generated.ts";
import type { WireFact } from "./wire-facts.ts";

const publishedDir = join(import.meta.dirname, "published");
const versions = readdirSync(publishedDir)
  .filter((file) => file.endsWith(".json"))
  .map((file) => file.slice(0, -".json".length))
  .sort();
const deviations = readDeviations(readFileSync(join(repoRoot, "spec/README.md"), "utf8"));

function differencesOf(version: string): Difference[] {
  const published = JSON.parse(readFileSync(join(publishedDir, `${version}.json`), "utf8")) as { facts: WireFact[] };
  const bundle = JSON.parse(readFileSync(join(generatedDir, version, "schema.json"), "utf8"));
  return compareFacts(published.facts, factsFromBundle(bundle));
}

const differences = new Map(versions.map((version) => [version, differencesOf(version)]));

describe("the spec against the service's published definition", () => {
  it("has a digest of the published definition for every generated API version", () => {
    const generatedVersions = readdirSync(generatedDir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && /^\d{4}-\d{2}-\d{2}/.test(entry.name))
      .map((entry) => entry.name)
      .sort();
    expect(versions).toEqual(generatedVersions);
  });

  for (const version of versions) {
    it(`${version}: every difference is a listed deviation`, () => {
      const unlisted = differences.get(version)!.filter((difference) => !deviations.some((d) => covers(d, version, difference)));
      expect(unlisted.map((d) => `${d.kind} ${d.path}: ${d.detail}`)).toEqual([]);
    });
  }

  it("lists no deviation that no longer differs", () => {
    const stale = deviations.filter(
      (deviation) => !versions.some((version) => differences.get(version)!.some((difference) => covers(deviation, version, difference))),
    );
    expect(stale.map((d) => `spec/README.md:${d.line}: ${d.kind} ${d.pattern}`)).toEqual([]);
  });
});
