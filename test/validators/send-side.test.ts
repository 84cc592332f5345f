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

    it("suggests the known name of a misspelt optional key, naming it in the error too", () => {
      const rejection = sendSide.checkClientEvent({ type: "session.update", session: { instructons: "Be brief." } });
      expect(rejection!.message).toBe('session.update: /session/instructons is not a known property (strict mode); did you mean "instructions"?');
      expect(rejection!.errors).toEqual([expect.objectContaining({ keyword: "additionalProperties", instancePath: "/session", suggestion: "instructions" })]);
    });

    it("suggests a name known where the key is, however deep, and leaves the value as it was", () => {
      const event = { type: "session.update", session: { turn_detection: { type: "server_vad", threshhold: 0.5 } } };
      const before = structuredClone(event);
      const rejection = sendSide.checkClientEvent(event);
      expect(rejection).toMatchObject({ kind: "invalid", path: "/session/turn_detection/threshhold" });
      expect(rejection!.message).toContain('did you mean "threshold"?');
      expect(event).toEqual(before);
    });

    it("suggests a near name even when the value under it would be wrong: the key is what was meant", () => {
      const rejection = sendSide.checkClientEvent({ type: "session.update", session: { instructons: 5 } });
      expect(rejection!.message).toContain('did you mean "instructions"?');
    });

    it("suggests nothing when no known name is near", () => {
      const rejection = sendSide.checkClientEvent({ type: "session.update", session: { zqxwv: true } });
      expect(rejection).toMatchObject({ kind: "invalid", path: "/session/zqxwv" });
      expect(rejection!.message).toBe("session.update: /session/zqxwv is not a known property (strict mode)");
      expect(rejection!.errors[0]).not.toHaveProperty("suggestion");
    });

    it("suggests nothing when the near name is already there: the key is then no misspelling of it", () => {
      const rejection = sendSide.checkClientEvent({ type: "session.update", session: { instructions: "Be brief.", instructons: "Be long." } });
      expect(rejection).toMatchObject({ kind: "invalid", path: "/session/instructons" });
      expect(rejection!.message).not.toContain("did you mean");
    });

    it("suggests only a name known at the key's place, not one of another object", () => {
      // `threshold` is a property of turn detection, not of the session: one edit from `threshol`, but no answer here.
      const rejection = sendSide.checkClientEvent({ type: "session.update", session: { threshol: 0.5 } });
      expect(rejection).toMatchObject({ kind: "invalid", path: "/session/threshol" });
      expect(rejection!.message).not.toContain("did you mean");
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
        // Not an event at all is still a value that may not be sent: the validator's rejection.
        expect(sendSide.checkClientEvent(value)).toMatchObject({ kind: "invalid", message: expect.any(String) });
        expect(sendSide.serializeClientEvent(value)).toMatchObject({ ok: false });
      }
      const event = sessionUpdate({ type: "object" });
      const before = structuredClone(event);
      sendSide.serializeClientEvent(event);
      expect(event).toEqual(before);
    });
  });
});
