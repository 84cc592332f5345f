// The error path of the generated validators (runtime/schema-explainer.ts over the
// validation schema written as data by explain/schema-data-module.ts, with the guards
// beside its references, as the validators module bundles them) against AJV
// compiled at run time with the options the standalone code is compiled with
// (AJV_OPTIONS), on the same validation schema: the same answer and the same
// `.errors`, deep-equal (instancePath, schemaPath, keyword, params, message, order),
// or both throwing what reading the value threw. On every version in both modes: the
// examples against their union and their own definition, every mutation the schema
// implies, random edits of the examples, and hostile values under a polluted
// Object.prototype; and on the small specs of the agreement tests, values near their shapes.
import { fileURLToPath } from "node:url";
import Ajv from "ajv";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AJV_OPTIONS } from "../../emitter/src/writers/validators/ajv/standalone-source.js";
import { extractAllowedValues } from "../../emitter/src/writers/validators/allowed-values.js";
import { isExplainable } from "../../emitter/src/writers/validators/explain/explainable.js";
import { schemaDataModuleSource } from "../../emitter/src/writers/validators/explain/schema-data-module.js";
import { InMemoryBundler } from "../../emitter/src/writers/validators/bundle-in-memory.js";
import { guardModuleSource } from "../../emitter/src/writers/validators/fast-path/write-guards.js";
import { guardName } from "../../emitter/src/identifiers.js";
import { validationSchema } from "../../emitter/src/writers/validators/validation-schema.js";
import { emit, importEmitted } from "../emitter/tester.js";
import { exampleCases, mutatedExamples } from "./support/arbitraries.js";
import { type Direction, directions, loadAllVersions, type Mode, modes, unionName, type Validator } from "./support/generated.js";
import { HOSTILE_READ, hostileOps, makeHostile, type Pollution, pollutions, withPollution } from "./support/hostile.js";
import { deriveMutations } from "./support/mutations.js";
import { nearValues } from "./support/near-values.js";
import { smallSpecs } from "./support/small-specs.js";

/** The built explainer, as the emitter bundles it (`npm test` builds first). */
const EXPLAINER = fileURLToPath(new URL("../../emitter/dist/runtime/schema-explainer.js", import.meta.url));
const GUARDS = "wire:guards";

type Outcome = { valid: boolean; errors: unknown } | { threw: unknown };

function outcome(validator: Validator, value: unknown): Outcome {
  try {
    const valid = validator(value);
    return { valid, errors: validator.errors };
  } catch (thrown) {
    return { threw: thrown };
  }
}

const generated = await loadAllVersions();
const cases = exampleCases(generated);

interface Pair {
  /** The explainer as the validators module bundles it: each definition's guard beside its references, so it walks only the failing parts. */
  explained: (name: string) => Validator;
  /** The explainer without guards: it walks the whole value as AJV does. */
  walked: (name: string) => Validator;
  ajv: (name: string) => Validator;
}

/** The explainer's validators for every definition of `schema`; with `guarded`, each definition's guard beside its references. */
async function explainerModule(schema: Record<string, unknown>, guarded: boolean) {
  const names = Object.keys(schema.$defs as object);
  const guards = new Map(guarded ? names.map((name) => [name, `${guardName(name)}OrThrow`]) : []);
  const data = schemaDataModuleSource({ schema, declarations: names, runtime: EXPLAINER, guards: { module: GUARDS, byDefinition: guards } });
  const guardModule = guardModuleSource(schema, [...guards].map(([name, exportName]) => [exportName, name, "may-throw"] as const));
  return importEmitted(await new InMemoryBundler().bundle(data, { [GUARDS]: guardModule }));
}

/** For an emitted schema bundle in one mode: the explainer's validators, with and without guards, and AJV's, by definition name. */
async function pairOf(bundle: object, mode: Mode, label: string): Promise<Pair> {
  const { schema } = extractAllowedValues(validationSchema(bundle as never, mode, () => 0));
  if (!isExplainable(schema)) throw new Error(`${label} ${mode}: the validation schema is left to AJV's standalone code`);
  const [guarded, unguarded] = await Promise.all([explainerModule(schema, true), explainerModule(schema, false)]);
  const ajv = new Ajv.default({ ...AJV_OPTIONS });
  ajv.addSchema(schema);
  return {
    explained: (name) => guarded[`validate${name}`] as unknown as Validator,
    walked: (name) => unguarded[`validate${name}`] as unknown as Validator,
    ajv: (name) => ajv.getSchema(`${schema.$id as string}#/$defs/${encodeURIComponent(name)}`) as unknown as Validator,
  };
}

/** Per version and mode. */
const pairs = new Map<string, Pair>();
for (const version of generated) {
  for (const mode of modes) pairs.set(`${version.version} ${mode}`, await pairOf(version.schema, mode, version.version));
}

/** The three answers on `value` for `definition`, in both modes. */
function compare(version: string, definition: string, value: unknown) {
  return modes.map((mode: Mode) => {
    const pair = pairs.get(`${version} ${mode}`)!;
    return { mode, explained: outcome(pair.explained(definition), value), walked: outcome(pair.walked(definition), value), ajv: outcome(pair.ajv(definition), value) };
  });
}

/** Deep-equal, and the same text, so the errors' keys come in AJV's order too. */
function expectSameOutcome(actual: Outcome, ajv: Outcome, label: string): void {
  expect(actual, label).toStrictEqual(ajv);
  expect(JSON.stringify(actual), label).toBe(JSON.stringify(ajv));
}

/** On JSON values: the explainer, with guards and without, answers as AJV. */
function expectSame(version: string, definition: string, value: unknown, label: string): void {
  for (const { mode, explained, walked, ajv } of compare(version, definition, value)) {
    expectSameOutcome(explained, ajv, `${label}, ${version} ${mode} ${definition}`);
    expectSameOutcome(walked, ajv, `${label}, ${version} ${mode} ${definition}, without guards`);
  }
}

const subject: Record<Direction, string> = { server: "server event", client: "client event" };

describe("the schema explainer gives AJV's answer and errors", () => {
  it("on every example, against its union and its own definition", () => {
    expect(cases.length).toBeGreaterThan(100);
    for (const { version, direction, definition, example, type } of cases) {
      for (const name of [unionName[direction], definition]) {
        expectSame(version, name, example, type);
        expect(compare(version, name, example).every(({ ajv }) => "valid" in ajv && ajv.valid)).toBe(true);
      }
    }
  });

  it("on every mutation the schema implies", () => {
    let rejected = 0;
    for (const version of generated) {
      for (const direction of directions) {
        for (const { version: at, definition, example, type } of cases.filter((entry) => entry.version === version.version && entry.direction === direction)) {
          const mutations = deriveMutations(version.schema, version.schema.$defs[unionName[direction]]!, example, subject[direction]);
          for (const mutation of mutations) {
            const value = mutation.apply(example);
            for (const name of [unionName[direction], definition]) {
              expectSame(at, name, value, `${type}: ${mutation.label}`);
              if (compare(at, name, value).some(({ ajv }) => "valid" in ajv && !ajv.valid)) rejected += 1;
            }
          }
        }
      }
    }
    expect(rejected).toBeGreaterThan(1000);
  });

  it("on random edits of the examples", () => {
    fc.assert(
      fc.property(mutatedExamples(cases), ({ from, value }) => {
        expectSame(from.version, unionName[from.direction], value, "edited");
        expectSame(from.version, from.definition, value, "edited");
      }),
      { numRuns: 5000 },
    );
  });

  // Where AJV throws, a guard may have passed over the part that throws (it tests an own
  // property with `in` on a plain object, where AJV asks the object, and a proxy's trap,
  // for it): then the explainer answers, as the validator's own guard does.
  it("on hostile values under a polluted Object.prototype: the same answer and errors, or the same thrown value", () => {
    const values: unknown[] = ["x", "", "inf", 0, 1, -1, 2 ** 31, 1.5, true, false, null, [], {}, { type: "message" }, ["text"]];
    const names = ["type", "item", "content", "session", "response", "extra_field", "__proto__", "required", "items", "$ref", "const", "anyOf", "properties"];
    const tally = { threw: 0, polluted: 0, passedOver: 0 };
    fc.assert(
      fc.property(fc.constantFrom(...cases), hostileOps(values, names), pollutions(names, fc.constantFrom(...values)), (entry, ops, pollution: Pollution[]) => {
        const value = makeHostile(entry.example, ops);
        const observed = withPollution(pollution, () => compare(entry.version, unionName[entry.direction], value));
        if (pollution.length > 0) tally.polluted += 1;
        for (const { mode, explained, walked, ajv } of observed) {
          const label = `${entry.version} ${mode}: ops ${JSON.stringify(ops)}; pollution ${JSON.stringify(pollution)}`;
          // Where AJV's own bookkeeping throws (its push onto an array, under a getter-only
          // index on Object.prototype), there is no answer to compare with; what the value
          // throws must be thrown alike.
          if ("threw" in ajv && ajv.threw !== HOSTILE_READ) continue;
          if ("threw" in ajv) tally.threw += 1;
          expect(walked, `${label}, without guards`).toStrictEqual(ajv);
          if ("threw" in ajv && !("threw" in explained)) tally.passedOver += 1;
          else expect(explained, label).toStrictEqual(ajv);
        }
      }),
      { numRuns: 4000 },
    );
    expect(tally.threw).toBeGreaterThan(10);
    expect(tally.passedOver).toBeLessThan(tally.threw);
    expect(tally.polluted).toBeGreaterThan(500);
  });
});

describe.each(smallSpecs)("the schema explainer gives AJV's answer and errors: $name", (spec) => {
  it("on arbitrary JSON near the spec's shapes, both modes", async () => {
    const { files, diagnostics } = await emit(`@service namespace Demo;\n${spec.typespec}`);
    expect(diagnostics).toEqual([]);
    const bundle = JSON.parse(files["schema.json"]!) as object;
    for (const mode of modes) {
      const pair = await pairOf(bundle, mode, spec.name);
      let rejected = 0;
      fc.assert(
        fc.property(nearValues(spec), (value) => {
          for (const root of spec.roots) {
            const ajv = outcome(pair.ajv(root), value);
            if ("valid" in ajv && !ajv.valid) rejected += 1;
            expectSameOutcome(outcome(pair.explained(root), value), ajv, `${mode} ${root}`);
            expectSameOutcome(outcome(pair.walked(root), value), ajv, `${mode} ${root}, without guards`);
          }
        }),
        { numRuns: Number(process.env.EXPLAINER_RUNS ?? 1500) },
      );
      expect(rejected).toBeGreaterThan(100);
    }
  });
});

describe("isExplainable", () => {
  const schema = (definition: unknown) => ({ $id: "urn:x", $defs: { A: definition, B: { type: "string" } } });
  it("accepts the keywords the explainer implements", () => {
    expect(isExplainable(schema({ type: "object", properties: { b: { $ref: "#/$defs/B" } }, required: ["b"], additionalProperties: false }))).toBe(true);
    expect(isExplainable(schema({ anyOf: [{ type: "integer", minimum: 0, maximum: 9 }, { type: "null" }] }))).toBe(true);
    expect(isExplainable(schema({ enum: ["a", 1, null] }))).toBe(true);
  });
  it("leaves anything else to AJV's standalone code", () => {
    for (const definition of [
      { enum: ["a", { b: 1 }] },
      { const: { a: 1 } },
      { oneOf: [{ type: "string" }] },
      { allOf: [{ type: "string" }] },
      { type: "number", multipleOf: 2 },
      { $ref: "#/$defs/B", type: "string" },
      { $ref: "#/$defs/Missing" },
      { type: "object", properties: { ["__proto__"]: { type: "string" } } },
      { type: "object", dependencies: { a: ["b"] } },
      { type: "object", discriminator: { propertyName: "kind" } },
      false,
    ]) {
      expect(isExplainable(schema(definition)), JSON.stringify(definition)).toBe(false);
    }
  });
});
