import type { InMemoryBundler } from "./bundle-in-memory.js";
import { exportFrom, printStatements } from "./fast-path/js-ast.js";

/** The in-memory name of the strict validators module, as the send module's entry imports it. */
const STRICT_MODULE = "wire:validators.strict";

/**
 * `validators.send.js`: the strict validators of the unions the client sends, and only
 * what they reach, cut from the version's strict module. The version's spec-mode index
 * checks what it sends strictly; importing the whole strict module for that would make
 * every consumer parse the strict validators of every received type too (for
 * VoiceLive 2026-07-15, 274 KB where the sent union needs 107 KB).
 */
export function writeSendModule(strictModule: string, sentValidators: readonly string[], header: string, bundler: InMemoryBundler): Promise<string> {
  const entry = printStatements([exportFrom(sentValidators, STRICT_MODULE)]);
  return bundler.bundle(entry, { [STRICT_MODULE]: strictModule }, header);
}
