import type { Enum, Model, Namespace, Program, Union } from "@typespec/compiler";

/** Who sends a type, as TCGC `@usage` says: the client (`input`), the service (`output`), or both. */
export type MessageUsage = "input" | "output" | "input-output";

/** Reads the `@usage` a type is given (on itself or its namespace). */
export type UsageReader = (type: Model | Union | Enum) => MessageUsage | undefined;

/** TCGC's `UsageFlags.Input` and `UsageFlags.Output`. */
const INPUT = 2;
const OUTPUT = 4;

const TCGC = "@azure-tools/typespec-client-generator-core";

/**
 * The `@usage` reader of `@azure-tools/typespec-client-generator-core`, when the spec
 * uses that library (its `Azure.ClientGenerator.Core` namespace exists); undefined
 * otherwise, or when the library cannot be loaded from here, and then no type has a
 * usage. Loaded only then, so a spec without it costs nothing and needs no install.
 */
export async function loadUsageReader(program: Program, emitterName: string): Promise<UsageReader | undefined> {
  if (!hasNamespace(program.getGlobalNamespaceType(), ["Azure", "ClientGenerator", "Core"])) return undefined;
  let tcgc: typeof import("@azure-tools/typespec-client-generator-core");
  try {
    tcgc = await import(TCGC);
  } catch {
    return undefined;
  }
  const context = tcgc.createTCGCContext(program, emitterName);
  return (type) => {
    const flags = tcgc.getUsageOverride(context, type) ?? 0;
    const input = (flags & INPUT) !== 0;
    const output = (flags & OUTPUT) !== 0;
    return input && output ? "input-output" : input ? "input" : output ? "output" : undefined;
  };
}

function hasNamespace(root: Namespace, path: readonly string[]): boolean {
  let current: Namespace | undefined = root;
  for (const name of path) current = current?.namespaces.get(name);
  return current !== undefined;
}
