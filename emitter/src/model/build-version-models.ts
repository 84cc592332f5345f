import { getSourceLocation, NoTarget, type Diagnostic, type Namespace, type Program } from "@typespec/compiler";
import { reportDiagnostic } from "../lib.js";
import { optionTarget } from "../option-location.js";
import { versionsEnumName, versionSnapshots } from "../versions/snapshots.js";
import { annotateSince } from "./annotate-since.js";
import { buildApiModel } from "./build-api-model.js";
import { createBuildContext } from "./context.js";
import { propagateDirections } from "./directions.js";
import { httpPayloads } from "./http-payloads.js";
import { unusedTemplateDiagnostics } from "./template-uses.js";
import type { ApiModel } from "./ir.js";
import type { UsageReader } from "./usage.js";

/**
 * The intermediate model of every selected version. All versions are read, even
 * when only some are written, because `since` is relative to the first version.
 * Diagnostics found in several versions are reported once. With a usage reader
 * (`loadUsageReader` in usage.ts), every declaration gets its direction; without one, none has any.
 */
export function buildVersionModels(
  program: Program,
  service: Namespace,
  selected: readonly string[] | undefined,
  usage?: UsageReader,
): ApiModel[] | undefined {
  const snapshots = versionSnapshots(program, service);
  const allVersions = snapshots.flatMap((snapshot) => (snapshot.version === undefined ? [] : [snapshot.version]));
  const unknown = (selected ?? []).filter((version) => !allVersions.includes(version));
  for (const version of unknown) {
    reportDiagnostic(program, { code: "unknown-version", format: { version, known: allVersions.join(", ") || "(unversioned)" }, target: optionTarget(program, "versions", version) });
  }
  if (unknown.length > 0) return undefined;
  const diagnostics: Diagnostic[] = [];
  const versionsEnum = versionsEnumName(program, service);
  const contexts = snapshots.map((snapshot) => createBuildContext(program, httpPayloads(program, snapshot.namespace), usage));
  const models = snapshots.map((snapshot, index) => {
    const ctx = contexts[index]!;
    const model = buildApiModel(snapshot.namespace, ctx, snapshot.version, versionsEnum);
    diagnostics.push(...ctx.diagnostics);
    return propagateDirections(model);
  });
  diagnostics.push(...unusedTemplateDiagnostics(contexts));
  program.reportDiagnostics(dedupe(diagnostics));
  return annotateSince(models).filter((model) => selected === undefined || model.version === undefined || selected.includes(model.version));
}

function dedupe(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return diagnostics.filter((diagnostic) => {
    const location = diagnostic.target === NoTarget ? undefined : getSourceLocation(diagnostic.target);
    const key = [diagnostic.code, diagnostic.message, location?.file.path, location?.pos].join("\u0000");
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
