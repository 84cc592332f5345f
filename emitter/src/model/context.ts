import type { Diagnostic, Enum, Model, Program, Type, Union } from "@typespec/compiler";
import type { HttpPayloads } from "./http-payloads.js";
import type { Declaration } from "./ir.js";
import type { UsageReader } from "./usage.js";

/** A named type to declare, under the name and the HTTP visibility it was met with. */
export interface PendingDeclaration {
  readonly type: Model | Union | Enum;
  readonly name: string;
  readonly visibility: number | undefined;
}

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
  readonly pending: PendingDeclaration[];
  /** Syntax nodes of the templates whose instances were met, to tell which templates are never used. */
  readonly instantiatedTemplates: Set<unknown>;
  /** The template declarations of the service's own namespaces. */
  readonly templates: (Model | Union)[];
  /** What the service's HTTP operations send and receive; undefined for a service without operations. */
  readonly http: HttpPayloads | undefined;
  /** TCGC `@usage` of a type, when the spec uses TCGC. */
  readonly usage: UsageReader | undefined;
  /** Names of the template instances that operation bodies use (`Page<Widget>` is `PageWidget`): they are declared, not inlined. */
  readonly instanceNames: Map<Type, string>;
  /**
   * The HTTP visibility of the body being read (`Visibility` flags of `@typespec/http`),
   * which decides its payload properties; undefined without HTTP operations. Changed
   * only through {@link withVisibility}.
   */
  visibility: number | undefined;
}

export function createBuildContext(program: Program, http: HttpPayloads | undefined, usage: UsageReader | undefined): BuildContext {
  return {
    program,
    diagnostics: [],
    declarations: new Map(),
    owners: new Map(),
    pending: [],
    instantiatedTemplates: new Set(),
    templates: [],
    http,
    usage,
    instanceNames: new Map(),
    visibility: undefined,
  };
}

/** Reads a type under another visibility (an operation body's, a collection item's) and restores the current one. */
export function withVisibility<T>(ctx: BuildContext, visibility: number | undefined, read: () => T): T {
  const outer = ctx.visibility;
  ctx.visibility = visibility;
  try {
    return read();
  } finally {
    ctx.visibility = outer;
  }
}
