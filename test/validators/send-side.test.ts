// The send-side API of every version: checkClientEvent and serializeClientEvent check
// strictly in either module (a misspelt key is not sent), never throw, and never leave
// JSON.stringify to throw on a value JSON cannot write.
import { beforeAll, describe, expect, it } from "vitest";
import { apiVersions, modes, type Rejection } from "./support/generated.js";

type SerializeResult = { ok: true; text: string } | { ok: false; error: Rejection };
interface SendSide {
  checkClientEvent: (event: unknown) => Rejection | undefined;
  serializeClientEvent: (event: unknown) => SerializeResult;
}

const moduleName = { spec: "index", strict: "strict" } as const;

/** A session.update with a function tool: its `parameters` are open (any JSON), where a BigInt or a cycle gets past the check. */
function sessionUpdate(parameters: unknown): Record<string, unknown> {
  return { type: "session.update", session: { instructions: "Be brief.", tools: [{ type: "function", name: "lookup", parameters }] } };
}

describe.each(apiVersions)("send side of %s", (version) => {
  describe.each(modes)("from the %s module", (mode) => {
    let sendSide: SendSide;
    beforeAll(async () => {
      sendSide = (await import(`../../generated/${version}/${moduleName[mode]}.js`)) as SendSide;
    });

    it("passes a valid event and serializes it to the JSON text of the same value", () => {
      const event = sessionUpdate({ type: "object", properties: {} });
      expect(sendSide.checkClientEvent(event)).toBeUndefined();
      const result = sendSide.serializeClientEvent(event);
      expect(result).toEqual({ ok: true, text: JSON.stringify(event) });
    });

    it("rejects an unknown key even from the tolerant module, naming its path", () => {
      const event = { type: "session.update", session: { instructons: "Be brief." } };
      const rejection = sendSide.checkClientEvent(event);
      expect(rejection).toMatchObject({ kind: "invalid", path: "/session/instructons" });
      expect(rejection!.message).toContain("is not a known property");
      expect(sendSide.serializeClientEvent(event)).toEqual({ ok: false, error: rejection });
    });

    it("reports a misspelt required key as unknown, with the key it should be", () => {
      const event = { type: "input_audio_buffer.append", audoi: "AAAA" };
      const rejection = sendSide.checkClientEvent(event);
      expect(rejection).toMatchObject({ kind: "invalid", path: "/audoi" });
      expect(rejection!.message).toContain('did you mean "audio"?');
    });

    it("turns a value JSON cannot write into an invalid-input rejection instead of throwing", () => {
      const withBigInt = sessionUpdate({ maximum: 10n });
      expect(sendSide.checkClientEvent(withBigInt)).toBeUndefined();
      const bigInt = sendSide.serializeClientEvent(withBigInt);
      expect(bigInt).toMatchObject({ ok: false, error: { kind: "invalid-input", errors: [] } });
      expect(!bigInt.ok && bigInt.error.message).toMatch(/^client event: JSON cannot represent the value \(.*BigInt/);

      const cyclic: Record<string, unknown> = {};
      cyclic.self = cyclic;
      const cycle = sendSide.serializeClientEvent(sessionUpdate(cyclic));
      expect(cycle).toMatchObject({ ok: false, error: { kind: "invalid-input" } });
    });

    it("never throws, and leaves what it checks as it was", () => {
      for (const value of [undefined, null, 42, "session.update", [], {}, { type: 7 }]) {
        expect(sendSide.checkClientEvent(value)).toMatchObject({ kind: expect.any(String), message: expect.any(String) });
        expect(sendSide.serializeClientEvent(value)).toMatchObject({ ok: false });
      }
      const event = sessionUpdate({ type: "object" });
      const before = structuredClone(event);
      sendSide.serializeClientEvent(event);
      expect(event).toEqual(before);
    });
  });
});
