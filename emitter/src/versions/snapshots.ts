import type { Namespace, Program } from "@typespec/compiler";
import { unsafe_mutateSubgraphWithNamespace } from "@typespec/compiler/experimental";
import { getVersion, getVersioningMutators } from "@typespec/versioning";

/** The service namespace as it stands in one API version. */
export interface VersionSnapshot {
  /** The version's value (`"2026-04-10"`), or undefined for an unversioned service. */
  readonly version: string | undefined;
  readonly namespace: Namespace;
}

/**
 * One snapshot per version, oldest first, made by the versioning library's own
 * mutators, so every decorator it knows (`@added`, `@removed`, `@renamedFrom`,
 * `@madeOptional`, `@madeRequired`, `@typeChangedFrom`, versioned members and
 * variants) is applied exactly as the library defines it.
 */
export function versionSnapshots(program: Program, namespace: Namespace): VersionSnapshot[] {
  const mutators = getVersioningMutators(program, namespace);
  if (mutators === undefined) return [{ version: undefined, namespace }];
  if (mutators.kind === "transient") {
    return [{ version: undefined, namespace: mutate(program, namespace, mutators.mutator) }];
  }
  return mutators.snapshots.map((snapshot) => ({
    version: snapshot.version.value,
    namespace: mutate(program, namespace, snapshot.mutator),
  }));
}

function mutate(program: Program, namespace: Namespace, mutator: Parameters<typeof unsafe_mutateSubgraphWithNamespace>[1][number]): Namespace {
  return unsafe_mutateSubgraphWithNamespace(program, [mutator], namespace).type as Namespace;
}

/**
 * The enum that lists the service's versions (`enum Versions`): it describes the
 * spec, not the wire, so it gets no declaration.
 */
export function versionsEnumName(program: Program, namespace: Namespace): string | undefined {
  return getVersion(program, namespace)?.getVersions()[0]?.enumMember.enum.name;
}
