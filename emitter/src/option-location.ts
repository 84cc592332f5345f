import { NoTarget, type DiagnosticTarget, type Program } from "@typespec/compiler";
import { escapeRegExp } from "./writers/escape.js";

/**
 * Where an entry of a list option is written in the `tspconfig.yaml` the compiler was
 * given, so that a diagnostic about it points there: the first occurrence of `entry`
 * after the option's key. NoTarget when there is no config file, the option is not in
 * it (it came from the command line), or the file cannot be read. The compiler offers
 * emitters no location for their options, and its YAML reader is internal: the key and
 * the entry are found in the text.
 */
export async function optionEntryTarget(program: Program, option: string, entry: string): Promise<DiagnosticTarget | typeof NoTarget> {
  const config = program.compilerOptions.config;
  if (config === undefined) return NoTarget;
  try {
    const file = await program.host.readFile(config);
    const key = new RegExp(`^[ \\t]*["']?${escapeRegExp(option)}["']?[ \\t]*:`, "m").exec(file.text);
    if (key === null) return NoTarget;
    const pos = file.text.indexOf(entry, key.index + key[0].length);
    return pos < 0 ? NoTarget : { file, pos, end: pos + entry.length };
  } catch {
    return NoTarget;
  }
}
