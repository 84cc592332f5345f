// Every event type of every API version has a hand-written example, and the
// generated validators and parsers accept it, in spec and in strict mode, without
// touching it. The event types come from each version's schema bundle, so a type
// added to the spec fails here until it has an example.
import { describe, expect, it } from "vitest";
import { exampleFor, exampleTypes, versionedExampleEntries } from "./examples/index.js";
import { eventVariants } from "./support/event-variants.js";
import { apiVersions, directions, loadAllVersions, modes, unionName, validatorFor } from "./support/generated.js";
import { verdict } from "./support/outcome.js";

const generated = await loadAllVersions();

describe.each(generated)("API version $version", (version) => {
  for (const direction of directions) {
    describe(`${direction} events`, () => {
      const variants = eventVariants(version.schema, direction);

      // One test per event type: it fails first if the example is missing, so none of
      // the checks below can pass without running. Test names are built by hand:
      // it.each would cut long event types short.
      for (const { type, definition } of variants) {
        it(`${type} has an example that the validators accept unchanged and the parsers parse, in both modes`, () => {
          const example = exampleFor(direction, type, version.version);
          expect(example, `no example for ${type}: add one to examples/`).toBeDefined();
          if (!example) return; // unreachable: narrows the type after the assertion above
          const before = structuredClone(example);
          const text = JSON.stringify(example);

          // Strict mode rejects unknown properties: an example with a misspelt field fails here.
          for (const mode of modes) {
            expect(verdict(validatorFor(version, mode, unionName[direction]), example), `${mode} ${unionName[direction]}`).toBe("accepted");
            expect(verdict(validatorFor(version, mode, definition), example), `${mode} ${definition}`).toBe("accepted");
          }

          // Schema defaults (`commit`, `output_audio_format`...) are left out of the examples,
          // so a validator that filled them in would fail this too.
          expect(example, "changed by validating it").toStrictEqual(before);
          // Same keys in the same order: nothing added, removed or re-inserted.
          expect(JSON.stringify(example), "changed by validating it").toBe(text);

          for (const mode of modes) {
            const result = version.parsers[mode][direction](text);
            expect(result, `parsed from JSON text, ${mode}`).toStrictEqual({ ok: true, event: example });
          }
        });
      }
    });
  }
});

// A stale example (for an event no version defines any more) would otherwise sit
// unnoticed, checked by nothing.
describe("no orphaned examples", () => {
  for (const direction of directions) {
    const typesInSomeVersion = new Set(generated.flatMap((version) => eventVariants(version.schema, direction).map(({ type }) => type)));

    it.each(exampleTypes(direction))(`${direction} example %s is for an event some version defines`, (type) => {
      expect([...typesInSomeVersion]).toContain(type);
    });

    it.each(versionedExampleEntries(direction))(
      `${direction} example since %s for %s is for an event that version defines`,
      (since, type) => {
        expect(apiVersions).toContain(since);
        const version = generated.find((candidate) => candidate.version === since)!;
        expect(eventVariants(version.schema, direction).map((variant) => variant.type)).toContain(type);
      },
    );
  }
});
