import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { typeCheck } from "../emitter/typecheck.js";
import { generatedDir } from "../support/paths.js";

function declarationFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? declarationFiles(join(dir, entry.name)) : entry.name.endsWith(".d.ts") ? [join(dir, entry.name)] : [],
  );
}

describe("generated TypeScript", () => {
  it("every declaration file type-checks under the strictest settings (tsc --noEmit)", () => {
    expect(typeCheck(declarationFiles(generatedDir))).toEqual([]);
  });

  it("ServerEvent and ClientEvent narrow on `type` in every version", () => {
    expect(typeCheck([join(import.meta.dirname, "narrowing.check.ts")])).toEqual([]);
  });
});
