// Guard, validator and AJV agree on values that are not plain JSON: properties behind
// getters (some of which throw), inherited from a prototype or hidden from
// enumeration; objects without a prototype or of another class; proxies, some of
// whose traps throw; all under a polluted Object.prototype (restored after every
// case). The reference is AJV compiled at run time from the emitted schemas, with
// `ownProperties`, as the validators' own AJV code is built.
//
// For every value: `is<Name>` and `validate<Name>` never throw and give one answer;
// wherever AJV answers, it is AJV's. (Where AJV throws, having read a getter or a trap
// that throws, there is no verdict to compare with; the validators still answer.)
// A guard that read something AJV does not read, or read it before AJV would have
// stopped, shows up here as a `false` where AJV says `true`.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { emit, importEmitted, type EmittedCheck } from "../emitter/tester.js";
import { exampleCases } from "./support/arbitraries.js";
import { type Direction, directions, loadAllVersions, type Mode, modes, type Parser, unionName, validatorFor } from "./support/generated.js";
import { attempt, type HostileOp, hostileOps, makeHostile, type Outcome, type Pollution, pollutions, withPollution } from "./support/hostile.js";
import { nearValues, referenceValidator } from "./support/near-values.js";
import { smallSpecs } from "./support/small-specs.js";

type Check = (value: unknown) => boolean;

/** One union in one mode of one version: the three checks to compare, and the parser. */
interface Target {
  label: string;
  guard: Check;
  validate: Check;
  ajv: Check;
  parse?: Parser;
}

/** What happened to one value in one target. */
interface Observation {
  label: string;
  guard: Outcome;
  validate: Outcome;
  ajv: Outcome;
}

/** Counts over a whole run, so that a run that never accepts, or never meets a throwing read, fails. */
class Tally {
  inputs = 0;
  readonly ajv = { accepted: 0, rejected: 0, threw: 0 };
  pollutedAccepted = 0;
  hostileAccepted = 0;

  record(observations: readonly Observation[], polluted: boolean, hostile: boolean): void {
    this.inputs += 1;
    for (const { ajv } of observations) {
      if (ajv === "threw") this.ajv.threw += 1;
      else if (ajv) {
        this.ajv.accepted += 1;
        if (polluted) this.pollutedAccepted += 1;
        if (hostile) this.hostileAccepted += 1;
      } else this.ajv.rejected += 1;
    }
  }
}

/** Runs every target on `value` under `pollution`; the pollution is gone again before anything is compared. */
function observe(targets: readonly Target[], value: unknown, pollution: readonly Pollution[]): Observation[] {
  return withPollution(pollution, () =>
    targets.map(({ label, guard, validate, ajv }) => ({
      label,
      guard: attempt(() => guard(value)),
      validate: attempt(() => validate(value)),
      ajv: attempt(() => ajv(value)),
    })),
  );
}

/** Throws, naming the target, unless guard and validator answer alike, never throw, and agree with AJV wherever it answers. */
function assertAgreement(observations: readonly Observation[], describeCase: () => string): void {
  for (const { label, guard, validate, ajv } of observations) {
    if (guard === "threw" || guard !== validate || (ajv !== "threw" && guard !== ajv)) {
      throw new Error(`${label}: guard ${guard}, validate ${validate}, AJV ${ajv} on ${describeCase()}`);
    }
  }
}

const generated = await loadAllVersions();
const cases = exampleCases(generated);
/** The `is<Name>` guards, by version and mode. */
const guardModules: Record<string, Record<Mode, Record<string, Check>>> = Object.fromEntries(
  await Promise.all(
    generated.map(async ({ version }) => [
      version,
      { spec: await import(`../../generated/${version}/validators.js`), strict: await import(`../../generated/${version}/validators.strict.js`) },
    ]),
  ),
);

/** Every property name of every version's schemas: what a polluter would aim at. */
const propertyNames = [
  ...new Set(
    generated.flatMap(({ schema }) =>
      Object.values(schema.$defs).flatMap((definition) => Object.keys((definition.properties ?? {}) as object)),
    ),
  ),
].sort();
const eventTypes = [...new Set(cases.map(({ type }) => type))].sort();
/** What edits, getters and pollution put in: event types, leaves on the usual bounds, small objects. */
const values: unknown[] = [...eventTypes, "x", "", "inf", 0, 1, -1, 2 ** 31, 1.5, true, false, null, [], {}, { type: "message" }, ["text"]];
const pollutionValues = fc.constantFrom(...values);
const ops = hostileOps(values, [...propertyNames.slice(0, 40), "extra_field", "__proto__", "constructor"]);

describe("the generated event unions on hostile values, against AJV", () => {
  // 8 properties (4 versions × 2 directions) × RUNS inputs, each checked in both modes.
  const RUNS = Number(process.env.HOSTILE_RUNS ?? 12_500);
  const BATCH = 25;
  const tally = new Tally();

  // One AJV per version and mode, shared by both unions: compiling the bundle is most of a second.
  const references = new Map<string, (name: string) => unknown>();
  const referenceOf = (version: (typeof generated)[number], mode: Mode) => {
    const key = `${version.version} ${mode}`;
    if (!references.has(key)) references.set(key, referenceValidator(version.schema as unknown as { $id: string }, mode));
    return references.get(key)!;
  };
  const targetsOf = (version: (typeof generated)[number], direction: Direction): Target[] =>
    modes.map((mode: Mode) => ({
      label: `${version.version} ${mode} ${unionName[direction]}`,
      guard: guardModules[version.version]![mode][`is${unionName[direction]}`]!,
      validate: validatorFor(version, mode, unionName[direction]),
      ajv: referenceOf(version, mode)(unionName[direction]) as Check,
      parse: version.parsers[mode][direction],
    }));

  for (const version of generated) {
    for (const direction of directions) {
      it(`${version.version} ${unionName[direction]}: ${RUNS.toLocaleString("en-US")} hostile values, both modes`, () => {
        const targets = targetsOf(version, direction);
        const examples = cases.filter((entry) => entry.version === version.version && entry.direction === direction).map(({ example }) => example);
        // Values come in batches of BATCH under one pollution: each change to Object.prototype makes V8
        // drop the code it compiled against it, and a change per value would spend the run recompiling.
        const batch = fc.array(fc.record({ json: fc.constantFrom(...examples), ops }), { minLength: BATCH, maxLength: BATCH });
        fc.assert(
          fc.property(batch, pollutions(propertyNames, pollutionValues), (entries, pollution) => {
            for (const { json, ops: applied } of entries) {
              const value = makeHostile(json, applied);
              const observations = observe(targets, value, pollution);
              const describeCase = () => `ops ${JSON.stringify(applied)}; pollution ${JSON.stringify(pollution)}; ${JSON.stringify(json)}`;
              assertAgreement(observations, describeCase);
              const hostile = applied.some(({ kind }) => kind !== "replace" && kind !== "delete" && kind !== "insert");
              tally.record(observations, pollution.length > 0, hostile);
              // JSON text through the parsers, under the same pollution: what arrives on a socket.
              if (!hostile && pollution.length > 0) assertParsersAgree(targets, JSON.stringify(value), pollution, describeCase);
            }
          }),
          { numRuns: RUNS / BATCH },
        );
      });
    }
  }

  it("ran at least 100,000 hostile values, and met every kind of outcome", () => {
    expect(tally.inputs).toBeGreaterThanOrEqual(100_000);
    // Non-vacuous: valid values were accepted, also under pollution and through hostile objects, and AJV itself threw sometimes.
    expect(tally.ajv.accepted).toBeGreaterThan(tally.inputs / 10);
    expect(tally.ajv.rejected).toBeGreaterThan(tally.inputs / 10);
    expect(tally.ajv.threw).toBeGreaterThan(100);
    expect(tally.pollutedAccepted).toBeGreaterThan(1000);
    expect(tally.hostileAccepted).toBeGreaterThan(1000);
  });
});

/** The parser on JSON text under `pollution` says ok exactly when AJV accepts what JSON.parse makes of it, with a one-line bounded message otherwise. */
function assertParsersAgree(targets: readonly Target[], text: string, pollution: readonly Pollution[], describeCase: () => string): void {
  const results = withPollution(pollution, () =>
    targets.map(({ label, parse, ajv }) => ({ label, parsed: parse!(text), ajv: attempt(() => ajv(JSON.parse(text))) })),
  );
  for (const { label, parsed, ajv } of results) {
    if (ajv !== "threw" && parsed.ok !== ajv) throw new Error(`${label}: parse ok ${parsed.ok}, AJV ${ajv} on ${describeCase()}`);
    if (!parsed.ok && (/[\r\n\u2028\u2029]/.test(parsed.error.message) || parsed.error.message.length > 1000)) {
      throw new Error(`${label}: message not one bounded line: ${JSON.stringify(parsed.error.message)}`);
    }
  }
}

describe("small specs on hostile values, against AJV, both modes", () => {
  for (const spec of smallSpecs) {
    it(`${spec.name}`, async () => {
      const { files, diagnostics } = await emit(`@service namespace Demo;\n${spec.typespec}`);
      expect(diagnostics).toEqual([]);
      const schema = JSON.parse(files["schema.json"]!) as { $id: string };
      const modules: Record<Mode, Record<string, EmittedCheck>> = {
        spec: await importEmitted(files["validators.js"]!),
        strict: await importEmitted(files["validators.strict.js"]!),
      };
      const targets = modes.flatMap((mode) => {
        const reference = referenceValidator(schema, mode);
        return spec.roots.map((root) => ({
          label: `${mode} ${root}`,
          guard: modules[mode][`is${root}`]!,
          validate: modules[mode][`validate${root}`]!,
          ajv: reference(root) as Check,
        }));
      });
      const leaves = [...spec.strings, 1, 1.5, 2 ** 31, -1, null, true, {}, []];
      const hostileCase = fc.record({
        json: nearValues(spec),
        ops: hostileOps(leaves, spec.keys),
        pollution: pollutions(spec.keys, fc.constantFrom<unknown>(...leaves)),
      });
      fc.assert(
        fc.property(hostileCase, ({ json, ops, pollution }: { json: unknown; ops: HostileOp[]; pollution: Pollution[] }) => {
          const value = makeHostile(json, ops);
          assertAgreement(observe(targets, value, pollution), () => `ops ${JSON.stringify(ops)}; pollution ${JSON.stringify(pollution)}; ${JSON.stringify(json)}`);
        }),
        { numRuns: 1500 },
      );
    });
  }
});
