import { describe, expect, it } from "vitest";
import { defOf, emit, versionedService } from "./tester.js";

const hierarchy = `
  union EventType { string, created: "thing.created", deleted: "thing.deleted" }
  @discriminator("type") model Event { type: EventType; event_id?: string; }
  model Created extends Event { type: EventType.created; name: string; }
  model Deleted extends Event { type: EventType.deleted; }
`;

describe("discriminated hierarchies", () => {
  it("a @discriminator base becomes a union of its subtypes, each flattened with the base's properties", async () => {
    const { files, diagnostics } = await emit(versionedService(hierarchy));
    expect(diagnostics).toEqual([]);
    const types = files["1/types.d.ts"]!;
    expect(types).toContain("export type Event = Created | Deleted;");
    expect(types).toMatch(/export interface Created \{\s*type: "thing.created";\s*event_id\?: string;\s*name: string;/);
  });

  it("the schema dispatches on the discriminator in one step: discriminator + oneOf of $refs", async () => {
    const { files } = await emit(versionedService(hierarchy));
    const event = defOf(files, "1", "Event");
    expect(event.discriminator).toEqual({ propertyName: "type" });
    expect(event.oneOf).toEqual([{ $ref: "#/$defs/Created" }, { $ref: "#/$defs/Deleted" }]);
    expect(event.required).toEqual(["type"]);
  });

  it("a hierarchy nested inside another is a union of unions, carrying the outer discriminator's value", async () => {
    const { files, diagnostics } = await emit(
      versionedService(`
        @discriminator("type") model Item { type: string; id?: string; }
        @discriminator("role") model Message extends Item { type: "message"; role: string; }
        model UserMessage extends Message { role: "user"; text: string; }
        model SystemMessage extends Message { role: "system"; }
        model Call extends Item { type: "call"; name: string; }
      `),
    );
    expect(diagnostics).toEqual([]);
    const types = files["1/types.d.ts"]!;
    expect(types).toContain("export type Item = Call | Message;");
    expect(types).toContain("export type Message = SystemMessage | UserMessage;");
    const message = defOf(files, "1", "Message");
    expect(message.properties.type).toEqual({ const: "message" });
    expect(message.discriminator).toEqual({ propertyName: "role" });
  });

  it("a @discriminated union (envelope none) dispatches the same way", async () => {
    const { files, diagnostics } = await emit(
      versionedService(`
        @discriminated(#{ envelope: "none", discriminatorPropertyName: "kind" })
        union Shape { circle: Circle, square: Square }
        model Circle { kind: "circle"; r: float64; }
        model Square { kind: "square"; side: float64; }
      `),
    );
    expect(diagnostics).toEqual([]);
    expect(files["1/types.d.ts"]).toContain("export type Shape = Circle | Square;");
    expect(defOf(files, "1", "Shape").discriminator).toEqual({ propertyName: "kind" });
  });

  it("subtypes added in a later version join the union from that version", async () => {
    const { files } = await emit(
      versionedService(`
        @discriminator("type") model Event { type: string; }
        model A extends Event { type: "a"; }
        @added(Versions.v2) model B extends Event { type: "b"; }
      `),
    );
    expect(files["1/types.d.ts"]).toContain("export type Event = A;");
    expect(files["2/types.d.ts"]).toContain("export type Event = A | B;");
  });
});

describe("hierarchies without a discriminator", () => {
  it("a base model used as a type, with derived models but no @discriminator, is warned about at the base", async () => {
    const { diagnostics } = await emit(versionedService(`
      model Pet { name: string; }
      model Cat extends Pet { meows: boolean; }
      model Dog extends Pet { barks: boolean; }
      model Owner { pet: Pet; }
    `));
    expect(diagnostics.map((d) => d.code)).toEqual(["typespec-wire-emitter/undiscriminated-hierarchy"]);
    expect(diagnostics[0]!.target).toMatchObject({ kind: "Model", name: "Pet" });
    expect(diagnostics[0]!.message).toContain("Cat, Dog");
  });

  it("a base that only lends its properties (never used as a type) is no warning", async () => {
    const { diagnostics } = await emit(versionedService(`model Base { id: string; } model Thing extends Base { name: string; } model Holder { thing: Thing; }`));
    expect(diagnostics).toEqual([]);
  });
});
