import { getNamespaceFullName, listServices, type Namespace, type Program } from "@typespec/compiler";
import { reportDiagnostic } from "./lib.js";

/**
 * The namespace to emit: the first `@service`, or the global namespace when there is
 * none. One run writes one service's versions; a further `@service` is reported
 * rather than silently dropped.
 */
export function selectService(program: Program): Namespace {
  const [first, ...others] = listServices(program);
  if (!first) return program.getGlobalNamespaceType();
  for (const other of others) {
    const format = { name: getNamespaceFullName(other.type), first: getNamespaceFullName(first.type) };
    reportDiagnostic(program, { code: "multiple-services", format, target: other.type });
  }
  return first.type;
}
