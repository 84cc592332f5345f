// A snippet's validators, as a consumer loads them: the emitter runs on the snippet
// in memory and the emitted `validators.js` (self-contained ESM) is imported. The
// emitted schema.json comes along, for comparing against AJV compiling it at run time.
import { emit, importEmitted, type EmittedCheck } from "../../emitter/tester.js";

export interface EmittedValidators {
  /** `is<Name>`, `validate<Name>` and the rest of the module's exports. */
  readonly module: Record<string, EmittedCheck>;
  readonly schema: { $id: string; $defs: Record<string, unknown> };
}

/** Emits an unversioned service around `body` and imports its spec-mode validators. */
export async function emittedValidators(body: string): Promise<EmittedValidators> {
  const { files, diagnostics } = await emit(`@service namespace Demo;\n${body}`);
  if (diagnostics.length > 0) throw new Error(diagnostics.map((d) => d.message).join("\n"));
  return { module: await importEmitted(files["validators.js"]!), schema: JSON.parse(files["schema.json"]!) };
}
