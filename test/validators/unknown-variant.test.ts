// Tolerant reading of what the service sends: an unknown variant inside a known server
// event is a result of its own kind, naming the path and the value, with the parsed event
// handed back; what a client sends gets no such leniency. Every version, both modules.
import { describe, expect, it } from "vitest";
import { apiVersions, modes, type Parser } from "./support/generated.js";

interface VersionModule {
  apiVersion: string;
  parseServerEvent: Parser;
  parseClientEvent: Parser;
  checkClientEvent: (event: unknown) => unknown;
  validateServerEvent: ((value: unknown) => boolean) & { errors?: unknown[] | null };
  validateClientEvent: ((value: unknown) => boolean) & { errors?: unknown[] | null };
  formatValidationErrors: (errors: unknown, value: unknown) => string;
}

const moduleName = { spec: "index", strict: "strict" } as const;
const modules = await Promise.all(
  apiVersions.flatMap((version) =>
    modes.map(async (mode) => ({ version, mode, module: (await import(`../../generated/${version}/${moduleName[mode]}.js`)) as VersionModule })),
  ),
);

const itemAdded = { type: "response.output_item.added", event_id: "e1", response_id: "r1", output_index: 0, item: { type: "some_new_item", id: "i1" } };
const responseDone = { type: "response.done", event_id: "e2", response: { id: "r1", object: "realtime.later", output: [] } };

describe.each(modules)("$version $mode", ({ version, module }) => {
  it("an unknown item type inside a known server event is unknown-variant, with the event handed back", () => {
    const result = module.parseServerEvent(JSON.stringify(itemAdded));
    expect(result).toMatchObject({ ok: false, error: { kind: "unknown-variant", type: "response.output_item.added", path: "/item/type", value: "some_new_item" } });
    expect(!result.ok && result.error.event).toEqual(itemAdded);
    expect(!result.ok && result.error.message).toBe(
      `response.output_item.added: /item/type has unknown value "some_new_item" in API version ${version} (a newer service may send it)`,
    );
  });

  it("a string outside a const inside a known server event is unknown-variant; a wrong kind of value stays invalid", () => {
    const grown = module.parseServerEvent(JSON.stringify(responseDone));
    expect(grown).toMatchObject({ ok: false, error: { kind: "unknown-variant", path: "/response/object", value: "realtime.later", event: responseDone } });
    const wrongKind = { ...responseDone, response: { ...responseDone.response, object: 7 } };
    const invalid = module.parseServerEvent(JSON.stringify(wrongKind));
    expect(invalid).toMatchObject({ ok: false, error: { kind: "invalid", path: "/response/object", event: wrongKind } });
    expect(!invalid.ok && "value" in invalid.error).toBe(false);
  });

  it("formatValidationErrors words a server event's errors as its parser does; a client event's stay invalid", () => {
    expect(module.validateServerEvent(itemAdded)).toBe(false);
    const parsed = module.parseServerEvent(JSON.stringify(itemAdded));
    expect(module.formatValidationErrors(module.validateServerEvent.errors, itemAdded)).toBe(!parsed.ok && parsed.error.message);
    expect(module.formatValidationErrors(module.validateServerEvent.errors, itemAdded)).toContain("has unknown value");
    const create = { type: "conversation.item.create", item: { type: "some_new_item" } };
    expect(module.validateClientEvent(create)).toBe(false);
    expect(module.formatValidationErrors(module.validateClientEvent.errors, create)).not.toContain("unknown value");
  });

  it("an unknown top-level type is still unknown-type", () => {
    const result = module.parseServerEvent(JSON.stringify({ type: "brand.new", x: 1 }));
    expect(result).toMatchObject({ ok: false, error: { kind: "unknown-type", event: { type: "brand.new", x: 1 } } });
  });

  it("what a client sends gets no leniency: an unknown item type is invalid", () => {
    const create = { type: "conversation.item.create", item: { type: "some_new_item" } };
    expect(module.parseClientEvent(JSON.stringify(create))).toMatchObject({ ok: false, error: { kind: "invalid", path: "/item/type", event: create } });
    expect(module.checkClientEvent(create)).toMatchObject({ kind: "invalid", path: "/item/type", event: create });
  });

  it("every rejection of a parsed value hands it back; text that is not JSON has none to hand back", () => {
    const wrong = { type: "input_audio_buffer.append", audio: 5 };
    expect(module.parseClientEvent(JSON.stringify(wrong))).toMatchObject({ ok: false, error: { kind: "invalid", event: wrong } });
    const notJson = module.parseServerEvent("{");
    expect(!notJson.ok && "event" in notJson.error).toBe(false);
  });
});
