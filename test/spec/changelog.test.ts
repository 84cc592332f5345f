import { compile, listServices, NodeHost, resolvePath } from "@typespec/compiler";
import { readFile } from "node:fs/promises";
import {
  $lib,
  buildChangelog,
  buildVersionModels,
  loadUsageReader,
  renderChangesMarkdown,
  type ApiModel,
  type Changelog,
  type UnionDeclaration,
} from "typespec-wire-emitter";
import { beforeAll, describe, expect, it } from "vitest";
import { expectGolden } from "../support/golden.js";

const root = resolvePath(import.meta.dirname, "../..");

let models: ApiModel[];
let changelog: Changelog;

beforeAll(async () => {
  const program = await compile(NodeHost, resolvePath(root, "spec/main.tsp"), { noEmit: true });
  models = buildVersionModels(program, listServices(program)[0]!.type, undefined, await loadUsageReader(program, $lib.name)) ?? [];
  changelog = buildChangelog(models)!;
});

/**
 * The event-type golden (`event-types.md`) as sets: per union title ("Client events"),
 * per version, the event types with a ✓. Read from the document, not from the spec, so
 * the changelog is checked against an independent rendering.
 */
async function eventTypeTable(): Promise<Map<string, Map<string, Set<string>>>> {
  const text = await readFile(resolvePath(root, "test/golden/spec/event-types.md"), "utf8");
  const tables = new Map<string, Map<string, Set<string>>>();
  let versions: string[] = [];
  let current: Map<string, Set<string>> | undefined;
  for (const line of text.split("\n")) {
    const heading = /^## (.+)$/.exec(line);
    if (heading) tables.set(heading[1]!, (current = new Map()));
    const cells = line.split("|").slice(1, -1).map((cell) => cell.trim());
    if (!current || cells.length < 2) continue;
    if (cells[0] === "type") {
      versions = cells.slice(1);
      for (const version of versions) current.set(version, new Set());
    } else if (cells[0]!.startsWith("`")) {
      versions.forEach((version, index) => cells[index + 1] === "✓" && current!.get(version)!.add(cells[0]!.slice(1, -1)));
    }
  }
  return tables;
}

describe("the changelog of the VoiceLive versions", () => {
  it("matches the committed golden", async () => {
    await expectGolden(resolvePath(root, "test/golden/spec/changes.md"), renderChangesMarkdown(changelog, "run `npm run generate`"));
  });

  it("covers each pair of consecutive versions, newest first", () => {
    const versions = models.map((model) => model.version!);
    expect(changelog.versions).toEqual(versions);
    expect(changelog.directionsKnown).toBe(true);
    expect(changelog.steps.map((step) => [step.from, step.to])).toEqual(versions.slice(1).map((to, index) => [versions[index], to]).reverse());
  });

  it("adds and removes exactly the event types of the event-type golden, per union and version pair", async () => {
    const tables = await eventTypeTable();
    const unions = { ClientEvent: "Client events", ServerEvent: "Server events" } as const;
    for (const step of changelog.steps) {
      for (const [union, title] of Object.entries(unions)) {
        const [before, after] = [tables.get(title)!.get(step.from)!, tables.get(title)!.get(step.to)!];
        expect(before.size, `${title} of ${step.from} in event-types.md`).toBeGreaterThan(0);
        const listed = (change: "added" | "removed") =>
          step.eventTypes.filter((entry) => entry.union === union && entry.change === change).map((entry) => entry.type);
        expect(listed("added"), `${union} added, ${step.from} → ${step.to}`).toEqual([...after].filter((type) => !before.has(type)).sort());
        expect(listed("removed"), `${union} removed, ${step.from} → ${step.to}`).toEqual([...before].filter((type) => !after.has(type)).sort());
      }
    }
  });

  it("takes the direction from @usage: client events are read by the service, server events by clients", () => {
    const unionsOf = (model: ApiModel) =>
      model.declarations.filter((declaration): declaration is UnionDeclaration => declaration.name === "ClientEvent" || declaration.name === "ServerEvent");
    for (const model of models) {
      const [client, server] = unionsOf(model);
      expect(client!.direction).toEqual({ input: true, output: false });
      expect(server!.direction).toEqual({ input: false, output: true });
    }
    const events = changelog.steps.flatMap((step) => step.eventTypes);
    expect(new Set(events.filter((event) => event.union === "ClientEvent").map((event) => event.direction))).toEqual(new Set(["input"]));
    expect(new Set(events.filter((event) => event.union === "ServerEvent").map((event) => event.direction))).toEqual(new Set(["output"]));
    // A session setting is sent in session.update and echoed in session.updated: both ways.
    const newest = models.at(-1)!.declarations.find((declaration) => declaration.name === "AudioEchoCancellation")!;
    expect(newest.direction).toEqual({ input: true, output: true });
  });

  it("shows the spec's versioning: a property added, removed and added again", () => {
    const echo = changelog.steps.map((step) => step.types.find((type) => type.name === "AudioEchoCancellation")?.changes.map((change) => `${change.kind} ${change.path}`));
    // Newest first: added in 2026-07-31-preview, removed in 2026-07-15, added in 2026-06-01-preview.
    expect(echo.slice(0, 3)).toEqual([
      ["property-added /channels", "property-added /reference_source"],
      ["property-removed /channels", "property-removed /reference_source"],
      ["property-added /channels", "property-added /reference_source"],
    ]);
  });
});
