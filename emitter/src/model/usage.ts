import { NoTarget, type Enum, type Model, type Namespace, type Program, type Union } from "@typespec/compiler";
import { reportDiagnostic } from "../lib.js";
import type { Direction } from "./ir.js";

/** The direction a type's own `@usage` states, or undefined when it states none. */
export type UsageReader = (type: Model | Union | Enum) => Direction | undefined;

const TCGC = "@azure-tools/typespec-client-generator-core";

/**
 * Reads TCGC's `@usage` (`Usage.input`: a client sends it; `Usage.output`: the
 * service sends it), scoped for this emitter, on any version snapshot's types.
 *
 * Only the usage a type states itself is read (`getUsageOverride`): TCGC's own
 * `getUsage` computes usage from HTTP operations over the SDK package of one API
 * version, whose types are not this emitter's snapshots; passing usage on to
 * referenced types is done on the intermediate model (`directions.ts`), as TCGC
 * does it. TCGC is an optional peer dependency, loaded only when the spec uses it
 * (its `Azure.ClientGenerator.Core` namespace exists): for a spec that does not use it,
 * no type has a usage of its own. When the spec uses it but the emitter cannot load it
 * (the compiler found the spec's copy; the emitter, installed elsewhere, finds none), the
 * `usage-unreadable` warning says so, rather than every direction silently vanishing.
 */
export async function loadUsageReader(
  program: Program,
  emitterName: string,
  load: () => Promise<typeof import("@azure-tools/typespec-client-generator-core")> = () => import(TCGC),
): Promise<UsageReader | undefined> {
  if (!hasNamespace(program.getGlobalNamespaceType(), ["Azure", "ClientGenerator", "Core"])) return undefined;
  let tcgc: typeof import("@azure-tools/typespec-client-generator-core");
  try {
    tcgc = await load();
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message.split("\n")[0]! : String(cause);
    reportDiagnostic(program, { code: "usage-unreadable", format: { reason }, target: NoTarget });
    return undefined;
  }
  const context = tcgc.createTCGCContext(program, emitterName);
  return (type) => {
    const flags = tcgc.getUsageOverride(context, type);
    if (flags === undefined) return undefined;
    return { input: (flags & tcgc.UsageFlags.Input) !== 0, output: (flags & tcgc.UsageFlags.Output) !== 0 };
  };
}

function hasNamespace(root: Namespace, path: readonly string[]): boolean {
  let current: Namespace | undefined = root;
  for (const name of path) current = current?.namespaces.get(name);
  return current !== undefined;
}
