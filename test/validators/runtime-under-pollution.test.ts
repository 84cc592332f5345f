// A validator explains its first rejection by compiling, then, the part of the schema it
// walks (runtime/schema-explainer.ts). That compile runs under whatever Object.prototype
// the caller has: it must give the errors a clean one gives, not an `exception` error.
// A getter-only index there ("0") makes every `push` onto an empty array throw. Each
// check imports the committed module afresh, so that nothing is compiled before it. The
// runtime's messages, and development mode's every problem, come out alike under such a
// prototype.
import { readFileSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import { describeRejection } from "../../generated/runtime/parse.js";
import { explainAll } from "../../generated/2026-07-15/dev.js";
import { importEmitted } from "../emitter/tester.js";
import { exampleFor } from "./examples/index.js";
import { type Pollution, withPollution } from "./support/hostile.js";

const version = "2026-07-31-preview";
const sources = {
  spec: readFileSync(new URL(`../../generated/${version}/validators.js`, import.meta.url), "utf8"),
  strict: readFileSync(new URL(`../../generated/${version}/validators.strict.js`, import.meta.url), "utf8"),
};
let imports = 0;
/** A new instance of the module: its text with a distinct trailing comment, so the import is not the cached one. */
const freshModule = (mode: keyof typeof sources) => importEmitted(`${sources[mode]}\n// instance ${++imports}`);

/** A received session.updated whose transcription model is null: the explainer walks the session, an anyOf, and a definition behind it. */
function nullTranscriptionModel(): unknown {
  const event = structuredClone(exampleFor("server", "session.updated", version)) as { session: { input_audio_transcription: { model: unknown } } };
  event.session.input_audio_transcription.model = null;
  return event;
}

const misspeltInstructions = () => ({ type: "session.update", session: { instructons: "Be brief." } });

const pollutions: Record<string, Pollution[]> = {
  'a getter-only "0"': [{ key: "0", kind: "getter", value: "inf" }],
  'a throwing getter at "0"': [{ key: "0", kind: "throwing getter", value: 0 }],
  "an enumerable value and a getter-only index": [
    { key: "x", kind: "enumerable value", value: 1 },
    { key: "0", kind: "getter", value: "x" },
  ],
};

const checks = [
  { name: "validateServerEvent, spec mode", mode: "spec", validator: "validateServerEvent", value: nullTranscriptionModel },
  { name: "validateClientEvent, strict mode, with its suggestion for a misspelt key", mode: "strict", validator: "validateClientEvent", value: misspeltInstructions },
] as const;

describe("a first rejection under a polluted Object.prototype", () => {
  afterEach(() => {
    expect(Object.keys(Object.getOwnPropertyDescriptors(Object.prototype))).not.toContain("0");
  });

  for (const { name, mode, validator, value } of checks) {
    it(`${name}: the errors of a clean prototype`, async () => {
      const clean = (await freshModule(mode))[validator]!;
      expect(clean(value())).toBe(false);
      const expected = clean.errors;
      expect(JSON.stringify(expected)).not.toContain("exception");
      for (const [label, pollution] of Object.entries(pollutions)) {
        const validate = (await freshModule(mode))[validator]!;
        const input = value();
        const outcome = withPollution(pollution, () => ({ valid: validate(input), errors: validate.errors }));
        expect(outcome, label).toEqual({ valid: false, errors: expected });
      }
    });
  }

  it("the misspelt key's suggestion is among the strict errors compared", async () => {
    const validate = (await freshModule("strict")).validateClientEvent!;
    validate(misspeltInstructions());
    expect(validate.errors).toContainEqual(expect.objectContaining({ keyword: "additionalProperties", suggestion: "instructions" }));
  });
});

describe("a message written under a polluted Object.prototype", () => {
  const pattern = { instancePath: "/mode", schemaPath: "#/properties/mode/pattern", keyword: "pattern", params: { pattern: "^(?:alpha|beta)$" }, message: "" };
  const manyValues = Array.from({ length: 12 }, (_, index) => `v${index}`);
  const longEnum = { instancePath: "/mode", schemaPath: "#/properties/mode/enum", keyword: "enum", params: { allowedValues: manyValues }, message: "" };
  for (const [name, error] of Object.entries({ "a pattern of alternatives": pattern, "an enum longer than the list shown": longEnum })) {
    it(`${name}: the message of a clean prototype`, () => {
      const message = () => describeRejection([error], { mode: "gamma" }, { subject: "setting" }).message as string;
      const expected = message();
      expect(expected).toMatch(/must be "alpha" or "beta"$|must be one of "v0", .*"v9", 2 more$/);
      for (const [label, pollution] of Object.entries(pollutions)) expect(withPollution(pollution, message), label).toBe(expected);
    });
  }
});

describe("development mode under a polluted Object.prototype", () => {
  it("explainAll gives every problem a clean prototype gives", () => {
    const event = { type: "session.update", session: { instructons: "Be brief.", temperature: "warm", turn_detection: { type: "server_vad", threshold: "x" } } };
    const expected = explainAll("ClientEvent", event);
    expect(expected).toHaveLength(3);
    for (const [label, pollution] of Object.entries(pollutions)) expect(withPollution(pollution, () => explainAll("ClientEvent", event)), label).toEqual(expected);
  });
});
