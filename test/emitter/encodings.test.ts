import { describe, expect, it } from "vitest";
import { defOf, emit, versionedService } from "./tester.js";

describe("@encode", () => {
  it("the wire form follows the encoding, in schema and types", async () => {
    const { files, diagnostics } = await emit(versionedService(`
      model M {
        @encode(DateTimeKnownEncoding.unixTimestamp, int32) created: utcDateTime;
        @encode(DateTimeKnownEncoding.rfc7231) modified: utcDateTime;
        @encode(DurationKnownEncoding.seconds, float32) elapsed: duration;
        @encode(DurationKnownEncoding.seconds, int32) timeout: duration;
        @encode(BytesKnownEncoding.base64url) token: bytes;
        @encode(string) id: int64;
        plain: utcDateTime;
      }
    `));
    expect(diagnostics).toEqual([]);
    const properties = defOf(files, "1", "M").properties;
    expect(properties.created).toEqual({ type: "integer", minimum: -2147483648, maximum: 2147483647 });
    expect(properties.modified).toEqual({ type: "string" });
    expect(properties.elapsed).toEqual({ type: "number" });
    expect(properties.timeout.type).toBe("integer");
    expect(properties.token).toEqual({ type: "string", contentEncoding: "base64url" });
    expect(properties.id).toEqual({ type: "string" });
    expect(properties.plain).toEqual({ type: "string", format: "date-time" });
    expect(files["1/types.d.ts"]).toMatch(/created: number;\s*modified: string;\s*elapsed: number;\s*timeout: number;\s*token: string;\s*id: string;/);
  });

  it("an encoding on a scalar applies wherever the scalar is used", async () => {
    const { files } = await emit(versionedService(`
      @encode(DateTimeKnownEncoding.unixTimestamp, int64) scalar UnixTime extends utcDateTime;
      model M { at: UnixTime; }
    `));
    expect(defOf(files, "1", "M").properties.at.type).toBe("integer");
  });

  it("an encoding this emitter does not know is reported and the default wire form kept", async () => {
    const { files, diagnostics } = await emit(versionedService(`model M { @encode("custom-epoch", int64) at: utcDateTime; }`));
    expect(diagnostics.map((d) => d.code)).toEqual(["typespec-wire-emitter/unsupported-encoding"]);
    expect(defOf(files, "1", "M").properties.at).toEqual({ type: "string", format: "date-time" });
  });

  it("an encoding on a nullable property applies to its scalar member", async () => {
    const { files, diagnostics } = await emit(versionedService(`
      model M { @encode(DateTimeKnownEncoding.unixTimestamp, int32) at: utcDateTime | null; }
    `));
    expect(diagnostics).toEqual([]);
    expect(files["1/types.d.ts"]).toContain("at: number | null;");
  });

  it("an encoding on a non-scalar property (ArrayEncoding, meant for HTTP) is reported, not silently ignored", async () => {
    const { files, diagnostics } = await emit(versionedService(`model M { @encode(ArrayEncoding.commaDelimited) tags: string[]; }`));
    expect(diagnostics.map((d) => d.code)).toEqual(["typespec-wire-emitter/unsupported-encoding"]);
    expect(diagnostics[0]!.target).toMatchObject({ kind: "ModelProperty", name: "tags" });
    expect(files["1/types.d.ts"]).toContain("tags: string[];");
  });
});
