// Development mode (`<version>/dev`): every problem of a value. It walks schema.json
// instead of running the validators, so it is held to them: on every example and every
// mutation of every version, in both modes, it finds no problem exactly when the
// validator accepts, and its lines include the parser's own message. Then values with
// several problems, from real events, get one line each in the parsers' words.
import { describe, expect, it } from "vitest";
import { exampleFor, type WireObject } from "./examples/index.js";
import { eventVariants } from "./support/event-variants.js";
import { apiVersions, directions, loadAllVersions, modes, type Rejection, unionName } from "./support/generated.js";
import { deriveMutations } from "./support/mutations.js";

interface DevModule {
  validateAll(name: string, value: unknown, options?: { strict?: boolean }): Rejection[];
  explainAll(name: string, value: unknown, options?: { strict?: boolean }): string[];
}

const generated = await loadAllVersions();
const devModules = Object.fromEntries(
  await Promise.all(apiVersions.map(async (version) => [version, (await import(`../../generated/${version}/dev.js`)) as DevModule] as const)),
);
const subject = { server: "server event", client: "client event" } as const;
const stable = "2026-04-10";

describe.each(generated)("development mode agrees with the validators in $version", (version) => {
  const dev = devModules[version.version]!;
  for (const direction of directions) {
    it(`on every ${direction} example and its mutations, in both modes`, () => {
      let compared = 0;
      const disagreements: string[] = [];
      for (const { type } of eventVariants(version.schema, direction)) {
        const example = exampleFor(direction, type, version.version);
        if (!example) continue;
        const received = direction === "server" ? { apiVersion: version.version } : undefined;
        const mutated = deriveMutations(version.schema, version.schema.$defs[unionName[direction]]!, example, subject[direction], received);
        for (const [label, value] of [["example", example] as const, ...mutated.map((m) => [m.label, m.apply(example)] as const)]) {
          for (const mode of modes) {
            compared++;
            const before = structuredClone(value);
            const lines = dev.explainAll(unionName[direction], value, { strict: mode === "strict" });
            const parsed = version.parsers[mode][direction](JSON.stringify(value));
            if (parsed.ok !== (lines.length === 0)) disagreements.push(`${type} ${label} (${mode}): parser ${parsed.ok ? "accepts" : "rejects"}, dev mode ${JSON.stringify(lines)}`);
            else if (!parsed.ok && !lines.includes(parsed.error.message)) disagreements.push(`${type} ${label} (${mode}): ${JSON.stringify(parsed.error.message)} not in ${JSON.stringify(lines)}`);
            expect(value as WireObject).toEqual(before);
          }
        }
      }
      expect(disagreements).toEqual([]);
      expect(compared).toBeGreaterThan(100);
    });
  }
});

describe("development mode on values with several problems", () => {
  const dev = devModules[stable]!;

  it("reports every problem of a client event, one line each in the send side's words, strictly by default", () => {
    const event = {
      type: "session.update",
      session: { instructons: "Be brief.", temperature: "warm", voice: 5, max_response_output_tokens: "lots", turn_detection: { type: "server_vad", threshold: "x" } },
    };
    expect(dev.explainAll("ClientEvent", event)).toEqual([
      'session.update: /session/instructons is not a known property (strict mode); did you mean "instructions"?',
      "session.update: /session/temperature must be a number or null",
      "session.update: /session/voice must be a string or an object",
      'session.update: /session/max_response_output_tokens must be "inf" or an integer',
      "session.update: /session/turn_detection/threshold must be a number or null",
    ]);
    // Each line is one Rejection, and the first problem reads as checkClientEvent's one.
    const rejections = dev.validateAll("ClientEvent", event);
    expect(rejections.map((r) => r.path)).toEqual(["/session/instructons", "/session/temperature", "/session/voice", "/session/max_response_output_tokens", "/session/turn_detection/threshold"]);
    expect(dev.explainAll("ClientEvent", event, { strict: false })).not.toContainEqual(expect.stringContaining("instructons"));
  });

  it("reads a server event tolerantly: unknown variants are their own kind, beside the invalid parts", () => {
    const event = { type: "response.done", event_id: "e1", response: { id: "r1", object: "realtime.later", output: [{ type: "some_new_item", id: "i1" }], max_output_tokens: "lots" } };
    const rejections = dev.validateAll("ServerEvent", event);
    expect(rejections.map((r) => [r.kind, r.path])).toEqual([
      ["unknown-variant", "/response/object"],
      ["unknown-variant", "/response/output/0/type"],
      ["invalid", "/response/max_output_tokens"],
    ]);
    expect(rejections[2]!.message).toBe('response.done: /response/max_output_tokens must be "inf", an integer or null');
  });

  it("names a misspelt required key once, as the validators do", () => {
    expect(dev.explainAll("ClientEvent", { type: "input_audio_buffer.append", audoi: "AAAA" })).toEqual([
      'input_audio_buffer.append: /audoi is not a known property (strict mode); did you mean "audio"?',
    ]);
  });

  it("is bounded: at most 50 lines, then a count of the rest", () => {
    const content = Array.from({ length: 60 }, () => ({ type: "input_text" }));
    const lines = dev.explainAll("ClientEvent", { type: "conversation.item.create", item: { type: "message", role: "user", content } });
    expect(lines).toHaveLength(51);
    expect(lines[0]).toBe("conversation.item.create: /item/content/0/text is required");
    expect(lines[50]).toBe("… and 10 more");
  });

  it("says nothing about a valid value, and never throws", () => {
    expect(dev.explainAll("ClientEvent", exampleFor("client", "session.update", stable))).toEqual([]);
    expect(dev.explainAll("ServerEvent", { type: "brand.new" })).toEqual(['unknown server event type "brand.new" for API version 2026-04-10']);
    expect(dev.explainAll("NoSuchType", {})).toEqual(['no type named "NoSuchType" in API version 2026-04-10']);
    const hostile = new Proxy({}, { ownKeys: () => { throw new Error("trap"); }, get: () => { throw new Error("trap"); } });
    expect(dev.explainAll("ClientEvent", hostile)).toEqual(["client event: / could not be validated (trap)"]);
    let deep: unknown = "leaf";
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(dev.validateAll("ClientEvent", { type: "session.update", session: { tools: deep } })[0]!.message).toMatch(/could not be validated|must be|is required/);
  });
});
