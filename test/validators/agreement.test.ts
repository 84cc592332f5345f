// The three answers a consumer can get about a value must agree: the guard
// `is<Name>` (the fast path), `validate<Name>` (guard, then AJV standalone code on
// the rewritten validation schema), and AJV compiling the emitted schema.json at
// run time (the reference). Each spec is small and aims at one family of rewrites
// (merged alternatives, collapsed open enums, int32 fast tests, code-point lengths,
// dispatch on a tag). hostile-agreement.test.ts does the same on values that are not
// plain JSON.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { emittedValidators } from "./support/emitted-module.js";
import { nearValues, referenceValidator } from "./support/near-values.js";
import { smallSpecs as specs } from "./support/small-specs.js";

describe.each(specs)("guard, validator and AJV agree: $name", (spec) => {
  it("on arbitrary JSON near the spec's shapes", async () => {
    const { module, schema } = await emittedValidators(spec.typespec);
    const reference = referenceValidator(schema);
    for (const root of spec.roots) {
      const guard = module[`is${root}`]!;
      const validate = module[`validate${root}`]!;
      const ajv = reference(root);
      fc.assert(
        fc.property(nearValues(spec), (value) => {
          const expected = ajv(value);
          // A wrong "yes" would let an invalid value through, a wrong "no" would send a valid one to AJV.
          expect(guard(value), `is${root} disagrees with AJV`).toBe(expected);
          expect(validate(value), `validate${root} disagrees with AJV`).toBe(expected);
        }),
        { numRuns: 1500 },
      );
    }
  });
});
