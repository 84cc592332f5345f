// The boolean guards (`is<Name>`) are the validators' fast path: `validate<Name>`
// returns true at once when its guard does, and asks AJV otherwise. A guard must never
// accept what AJV rejects: mutations.test.ts proves that for every schema-derived
// mutation (a guard's wrong "yes" would show there as "accepted"). This file proves
// the other half: the guards accept the valid events, or the fast path is never taken.
import { describe, expect, it } from "vitest";
import { exampleFor } from "./examples/index.js";
import { eventVariants } from "./support/event-variants.js";
import { apiVersions, directions, modes, readSchema, unionName } from "./support/generated.js";

type Guard = (value: unknown) => boolean;

const modules = Object.fromEntries(
  await Promise.all(
    apiVersions.map(async (version) => [
      version,
      {
        spec: await import(`../../generated/${version}/validators.js`),
        strict: await import(`../../generated/${version}/validators.strict.js`),
      },
    ]),
  ),
) as Record<string, Record<"spec" | "strict", Record<string, Guard>>>;

describe.each(apiVersions)("API version %s", (version) => {
  it.each(modes)("%s mode: every example passes the union's guard and its own guard (the fast path is taken)", (mode) => {
    const guards = modules[version]![mode];
    const rejected: string[] = [];
    for (const direction of directions) {
      for (const { type, definition } of eventVariants(readSchema(version), direction)) {
        const example = exampleFor(direction, type, version);
        if (!guards[`is${unionName[direction]}`]!(example)) rejected.push(`is${unionName[direction]}: ${type}`);
        if (!guards[`is${definition}`]!(example)) rejected.push(`is${definition}`);
      }
    }
    expect(rejected).toEqual([]);
  });

});
