// A snippet's validators, as a consumer loads them: the emitter runs on the snippet
// in memory, and the emitted `validators.js` (self-contained ESM) is written to a
// scratch folder and imported. The emitted schema.json comes along, for comparing
// against AJV compiling it at run time.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { emit } from "../../emitter/tester.js";

type Guard = (value: unknown) => boolean;

export interface EmittedValidators {
  /** `is<Name>`, `validate<Name>` and the rest of the module's exports. */
  readonly module: Record<string, Guard & { errors?: unknown }>;
  readonly schema: { $id: string; $defs: Record<string, unknown> };
}

const scratch = mkdtempSync(join(tmpdir(), "wire-emitter-validators-"));
let loaded = 0;

/** Emits an unversioned service around `body` and imports its spec-mode validators. */
export async function emittedValidators(body: string, file = "validators.js"): Promise<EmittedValidators> {
  const { files, diagnostics } = await emit(`@service namespace Demo;\n${body}`);
  if (diagnostics.length > 0) throw new Error(diagnostics.map((d) => d.message).join("\n"));
  const path = join(scratch, `${++loaded}.js`);
  writeFileSync(path, files[file]!);
  return { module: await import(pathToFileURL(path).href), schema: JSON.parse(files["schema.json"]!) };
}
