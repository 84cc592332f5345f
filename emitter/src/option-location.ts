import { NoTarget, type DiagnosticTarget, type Program, type SourceFile } from "@typespec/compiler";
import { isMap, isScalar, isSeq, parseDocument, type YAMLMap } from "yaml";

/** This emitter's options as the `tspconfig.yaml` the compiler was given writes them. */
interface OptionsInConfig {
  readonly file: SourceFile;
  readonly options: YAMLMap;
}

const configs = new WeakMap<Program, OptionsInConfig>();

/**
 * Reads where `options.<emitterName>` is in the compiler's `tspconfig.yaml`, once per
 * program, so that optionTarget can point a diagnostic about an option there. The
 * compiler gives emitters their options' values but not where they are written (its own
 * schema check knows, through an internal target). Nothing is read when there is no
 * config file; a file that cannot be read or parsed leaves every option without a place.
 */
export async function readOptionLocations(program: Program, emitterName: string): Promise<void> {
  const path = program.compilerOptions.config;
  if (path === undefined || configs.has(program)) return;
  try {
    const file = await program.host.readFile(path);
    const options = parseDocument(file.text).getIn(["options", emitterName], true);
    if (isMap(options)) configs.set(program, { file, options });
  } catch {
    // The compiler reports an unreadable config itself; the diagnostics go without a place.
  }
}

/**
 * Where the config file writes `option`, for a diagnostic about it: with `text`, the first
 * place in the option's value that says it (an entry of a YAML list, or part of a string:
 * one entry of a comma list), and NoTarget when none does, since the value came from the
 * command line then; without `text`, the whole value. NoTarget when the config does not
 * set the option (or readOptionLocations found no config).
 */
export function optionTarget(program: Program, option: string, text?: string): DiagnosticTarget | typeof NoTarget {
  const config = configs.get(program);
  const value = config?.options.get(option, true);
  if (config === undefined || value === undefined || value.range == null) return NoTarget;
  const { file } = config;
  if (text === undefined) return { file, pos: value.range[0], end: value.range[1] };
  for (const item of isSeq(value) ? value.items : [value]) {
    if (!isScalar(item) || item.range == null) continue;
    const at = file.text.slice(item.range[0], item.range[1]).indexOf(text);
    if (at >= 0) return { file, pos: item.range[0] + at, end: item.range[0] + at + text.length };
  }
  return NoTarget;
}
