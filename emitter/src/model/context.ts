import type { Diagnostic, Enum, Model, Program, Type, Union } from "@typespec/compiler";
import type { Declaration } from "./ir.js";
import type { UsageReader } from "./usage.js";

/**
 * State shared by the functions that read one version snapshot: the program, the
 * declarations found so far and the named types still waiting to be declared.
 */
export interface BuildContext {
  readonly program: Program;
  readonly diagnostics: Diagnostic[];
  /** Declarations by name. */
  readonly declarations: Map<string, Declaration>;
  /** The TypeSpec type that claimed each emitted TypeScript identifier, to detect collisions. */
  readonly owners: Map<string, Type>;
  /** Named types referenced but not declared yet. */
  readonly pending: (Model | Union | Enum)[];
  /** Syntax nodes of the templates whose instances were met, to tell which templates are never used. */
  readonly instantiatedTemplates: Set<unknown>;
  /** The usage a type states itself (TCGC's `@usage`), when TCGC is there to read it. */
  readonly usageOf: UsageReader | undefined;
}

export function createBuildContext(program: Program, usageOf?: UsageReader): BuildContext {
  return { program, diagnostics: [], declarations: new Map(), owners: new Map(), pending: [], instantiatedTemplates: new Set(), usageOf };
}
