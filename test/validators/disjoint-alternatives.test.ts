// Alternatives told apart by JSON type are merged into one schema (one error
// instead of one per branch). Integers are numbers too, so `int32 | float64` must
// stay a choice: merged, the int32 bounds applied to every number and 3e9 failed.
import { describe, expect, it } from "vitest";
import { emittedValidators } from "./support/emitted-module.js";

describe("alternatives merged by JSON type", () => {
  it("int32 | float64 accepts any number, not only int32 ones", async () => {
    const { module } = await emittedValidators(`model Holder { v: int32 | float64; }`);
    for (const v of [3e9, 1.5, -3e9, 7]) {
      expect(module.isHolder!({ v }), `isHolder ${v}`).toBe(true);
      expect(module.validateHolder!({ v }), `validateHolder ${v}`).toBe(true);
    }
    expect(module.isHolder!({ v: "x" })).toBe(false);
    expect(module.validateHolder!({ v: "x" })).toBe(false);
  });

  it("int32 | \"inf\" still merges: one error for a wrong value", async () => {
    const { module } = await emittedValidators(`model Holder { v: int32 | "inf"; }`);
    expect(module.validateHolder!({ v: "inf" })).toBe(true);
    expect(module.validateHolder!({ v: 3e9 })).toBe(false);
    expect(module.validateHolder!.errors).toHaveLength(1);
  });
});
