import { describe, expect, it } from "vitest";
import { emit, UsageTester, versionedService } from "./tester.js";

/** Two event unions as the VoiceLive spec has them: clients send `In`, the service sends `Out`. */
const EVENTS = `
@discriminator("type") @usage(Usage.input | Usage.json) model In { type: string; }
@discriminator("type") @usage(Usage.output | Usage.json) model Out { type: string; }
`;

/** The changes of the one step from version 1 to version 2 of a spec built from `body`. */
async function step(body: string, tester = UsageTester): Promise<any> {
  const { files, diagnostics } = await emit(versionedService(EVENTS + body), { outputs: ["changelog"] }, {}, tester);
  expect(diagnostics.map((diagnostic) => diagnostic.message)).toEqual([]);
  const changelog = JSON.parse(files["changes.json"]!);
  expect(changelog.steps).toHaveLength(1);
  return changelog.steps[0];
}

/** The changes listed under one type, without its heading. */
function changesOf(result: any, name: string): any[] {
  return result.types.find((type: any) => type.name === name)?.changes ?? [];
}

const READERS = { readers: true, writers: false };
const WRITERS = { readers: false, writers: true };
const NEITHER = { readers: false, writers: false };
const BOTH = { readers: true, writers: true };

describe("the changelog of API versions", () => {
  it("lists event types added and removed per message union, judged by who sends them", async () => {
    const result = await step(`
      model Ping extends Out { type: "ping"; }
      @added(Versions.v2) model Pong extends Out { type: "pong"; }
      @removed(Versions.v2) model Gone extends Out { type: "gone"; }
      model Hello extends In { type: "hello"; }
      @added(Versions.v2) model Bye extends In { type: "bye"; }
      @removed(Versions.v2) model Wave extends In { type: "wave"; }
    `);
    expect(result.eventTypes).toEqual([
      { union: "In", direction: "input", change: "added", type: "bye", model: "Bye", breaking: NEITHER },
      { union: "In", direction: "input", change: "removed", type: "wave", model: "Wave", breaking: WRITERS },
      { union: "Out", direction: "output", change: "added", type: "pong", model: "Pong", breaking: READERS },
      { union: "Out", direction: "output", change: "removed", type: "gone", model: "Gone", breaking: NEITHER },
    ]);
    expect(result.addedTypes).toEqual(["Bye", "Pong"]);
    expect(result.removedTypes).toEqual(["Gone", "Wave"]);
    // The union's own variants are its event types: not repeated as variant changes.
    expect(changesOf(result, "Out")).toEqual([]);
    expect(result.breakingCount).toEqual({ readers: 1, writers: 1 });
  });

  it("properties added: breaking for writers only when required on a type clients send", async () => {
    const result = await step(`
      model Hello extends In { type: "hello"; @added(Versions.v2) opt?: string; @added(Versions.v2) req: string; }
      model Ping extends Out { type: "ping"; @added(Versions.v2) req: string; }
    `);
    expect(changesOf(result, "Hello")).toEqual([
      { kind: "property-added", path: "/opt", after: "optional string", optional: true, breaking: NEITHER },
      { kind: "property-added", path: "/req", after: "string", optional: false, breaking: WRITERS },
    ]);
    expect(changesOf(result, "Ping")).toEqual([{ kind: "property-added", path: "/req", after: "string", optional: false, breaking: NEITHER }]);
  });

  it("properties removed: breaking for readers when they were required, for writers always", async () => {
    const result = await step(`
      model Hello extends In { type: "hello"; @removed(Versions.v2) opt?: string; }
      model Ping extends Out { type: "ping"; @removed(Versions.v2) opt?: string; @removed(Versions.v2) req: int32; }
    `);
    expect(changesOf(result, "Hello")).toEqual([{ kind: "property-removed", path: "/opt", before: "optional string", optional: true, breaking: WRITERS }]);
    expect(changesOf(result, "Ping")).toEqual([
      { kind: "property-removed", path: "/opt", before: "optional string", optional: true, breaking: NEITHER },
      { kind: "property-removed", path: "/req", before: "int32", optional: false, breaking: READERS },
    ]);
  });

  it("made optional breaks readers, made required breaks writers", async () => {
    const result = await step(`
      model Shared { @madeOptional(Versions.v2) a?: string; @madeRequired(Versions.v2) b: string; }
      model Hello extends In { type: "hello"; shared: Shared; }
      model Ping extends Out { type: "ping"; shared: Shared; }
    `);
    expect(changesOf(result, "Shared")).toEqual([
      { kind: "made-optional", path: "/a", breaking: READERS },
      { kind: "made-required", path: "/b", breaking: WRITERS },
    ]);
  });

  it("a type changed is breaking both ways on a type sent both ways, and says from what to what", async () => {
    const result = await step(`
      model Shared { @typeChangedFrom(Versions.v2, string) size: int32; }
      model Hello extends In { type: "hello"; shared: Shared; }
      model Ping extends Out { type: "ping"; shared: Shared; }
    `);
    const [shared] = result.types;
    expect(shared).toMatchObject({ name: "Shared", direction: "both", eventTypes: [], foundAt: { eventType: "hello", pointer: "/shared" } });
    expect(shared.changes).toEqual([{ kind: "type-changed", path: "/size", before: "string", after: "int32", breaking: BOTH }]);
  });

  it("a nested type takes the direction of the events that reach it, and its place on the wire", async () => {
    const result = await step(`
      model Inner { @added(Versions.v2) note?: string; }
      model Middle { inners: Inner[]; }
      model Ping extends Out { type: "ping"; middle: Middle; }
    `);
    expect(result.types).toEqual([
      {
        name: "Inner",
        direction: "output",
        eventTypes: [],
        foundAt: { eventType: "ping", pointer: "/middle/inners/*" },
        changes: [{ kind: "property-added", path: "/note", after: "optional string", optional: true, breaking: NEITHER }],
      },
    ]);
  });

  it("enum members: an added value breaks readers of a closed enum only, a removed value breaks writers", async () => {
    const result = await step(`
      enum Closed { a, @added(Versions.v2) b }
      union Open { string, "x", @added(Versions.v2) "y" }
      enum Dropped { keep, @removed(Versions.v2) drop }
      model Ping extends Out { type: "ping"; closed: Closed; open: Open; }
      model Hello extends In { type: "hello"; dropped: Dropped; }
    `);
    expect(changesOf(result, "Closed")).toEqual([{ kind: "enum-member-added", path: "", member: '"b"', breaking: READERS }]);
    expect(changesOf(result, "Open")).toEqual([{ kind: "enum-member-added", path: "", member: '"y"', breaking: NEITHER }]);
    expect(changesOf(result, "Dropped")).toEqual([{ kind: "enum-member-removed", path: "", member: '"drop"', breaking: WRITERS }]);
  });

  it("union variants: null or a tagged variant added breaks readers, one removed breaks writers", async () => {
    const result = await step(`
      model Cat { kind: "cat"; }
      @added(Versions.v2) model Dog { kind: "dog"; }
      @removed(Versions.v2) model Fish { kind: "fish"; }
      @discriminated(#{ envelope: "none", discriminatorPropertyName: "kind" })
      union Pet { cat: Cat, @added(Versions.v2) dog: Dog, @removed(Versions.v2) fish: Fish }
      model Ping extends Out { type: "ping"; pet: Pet; @typeChangedFrom(Versions.v2, string) name: string | null; }
      model Hello extends In { type: "hello"; pet: Pet; }
    `);
    expect(changesOf(result, "Pet")).toEqual([
      { kind: "variant-added", path: "", member: 'kind "dog" (Dog)', breaking: READERS },
      { kind: "variant-removed", path: "", member: 'kind "fish" (Fish)', breaking: WRITERS },
    ]);
    expect(changesOf(result, "Ping")).toEqual([{ kind: "variant-added", path: "/name", member: "null", breaking: READERS }]);
  });

  it("inline enums and objects are compared member by member, at their path", async () => {
    const result = await step(`
      model Ping extends Out {
        type: "ping";
        @typeChangedFrom(Versions.v2, "a" | "b") mode: "a" | "b" | "c";
        @typeChangedFrom(Versions.v2, { x: string }) box: { x: string; y?: int8 };
      }
    `);
    expect(changesOf(result, "Ping")).toEqual([
      { kind: "property-added", path: "/box/y", after: "optional int8", optional: true, breaking: NEITHER },
      { kind: "enum-member-added", path: "/mode", member: '"c"', breaking: READERS },
    ]);
  });

  it("an enum opened breaks readers, closed breaks writers", async () => {
    const result = await step(`
      model Shared { @typeChangedFrom(Versions.v2, "a" | "b") opened: "a" | "b" | string; @typeChangedFrom(Versions.v2, "a" | string) closed: "a"; }
      model Ping extends Out { type: "ping"; shared: Shared; }
      model Hello extends In { type: "hello"; shared: Shared; }
    `);
    expect(changesOf(result, "Shared").map((change: any) => [change.kind, change.path, change.breaking])).toEqual([
      ["type-changed", "/closed", BOTH],
      ["enum-opened", "/opened", READERS],
    ]);
  });

  it("without @usage every type counts as sent both ways", async () => {
    const { files } = await emit(
      versionedService(`@discriminator("type") model Ev { type: string; } model Ping extends Ev { type: "ping"; @added(Versions.v2) req: string; }`),
      { outputs: ["changelog"] },
    );
    const changelog = JSON.parse(files["changes.json"]!);
    expect(changelog.directionsKnown).toBe(false);
    expect(changelog.steps[0].types[0].changes[0]).toMatchObject({ kind: "property-added", breaking: WRITERS });
    expect(files["CHANGES.md"]).toContain("the spec states no `@usage`: every type is judged as sent both ways");
  });

  it("is written at the root, newest pair first, for two or more versions, and only when `changelog` is an output", async () => {
    const three = versionedService(`model M { @added(Versions.v2) a?: string; @added(Versions.v3) b?: string; }`, ['v1: "1"', 'v2: "2"', 'v3: "3"']);
    const { files } = await emit(three);
    expect(files["1/types.d.ts"]).toBeDefined();
    const changelog = JSON.parse(files["changes.json"]!);
    expect(changelog.versions).toEqual(["1", "2", "3"]);
    expect(changelog.steps.map((s: any) => `${s.from}→${s.to}`)).toEqual(["2→3", "1→2"]);
    expect(files["CHANGES.md"]!.indexOf("## 2 → 3")).toBeLessThan(files["CHANGES.md"]!.indexOf("## 1 → 2"));
    // The regeneration hint is the project's, as in every other generated file.
    expect(files["CHANGES.md"]).toContain("Do not edit: regenerate it with `tsp compile`.");
    const hinted = await emit(three, { "regenerate-command": "make api" });
    expect(hinted.files["CHANGES.md"]).toContain("Do not edit: run `make api`.");
    expect(Object.keys((await emit(three, { outputs: ["types"] })).files)).not.toContain("CHANGES.md");
    expect(Object.keys((await emit(three, { versions: ["3"] })).files)).not.toContain("changes.json");
    // Two of three versions: the step between them, skipping the one not emitted.
    const twoOfThree = JSON.parse((await emit(three, { versions: ["1", "3"] })).files["changes.json"]!);
    expect(twoOfThree.steps[0].types[0].changes.map((change: any) => change.path)).toEqual(["/a", "/b"]);
  });

  it("renders each change as one line naming the path, with whom it breaks", async () => {
    const { files } = await emit(
      versionedService(EVENTS + `model Ping extends Out { type: "ping"; @removed(Versions.v2) req: string; @added(Versions.v2) \`odd/name\`?: string; }`),
      { outputs: ["changelog"] },
      {},
      UsageTester,
    );
    const markdown = files["CHANGES.md"]!;
    expect(markdown).toContain("#### `Ping` (sent by the service, the event `ping`)");
    expect(markdown).toContain("- `/odd~1name` added: `optional string`");
    expect(markdown).toContain("- `/req` removed (was `string`) — **breaking for readers**");
    expect(markdown).toContain("Breaking: 1 change for readers, none for writers.");
  });
});
