import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import ts from "typescript";

/**
 * `tsc --noEmit` on the given files: the messages, none when they compile. The
 * settings are the strictest a consumer may use (`exactOptionalPropertyTypes`,
 * `noUncheckedIndexedAccess`, library checks on), so emitted types that pass here
 * compile in any consumer's project.
 */
export function typeCheck(roots: readonly string[]): string[] {
  const program = ts.createProgram(roots, {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    exactOptionalPropertyTypes: true,
    noUncheckedIndexedAccess: true,
    skipLibCheck: false,
    types: [],
  });
  return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
}

/** {@link typeCheck} on the emitted declaration files of one run (paths relative to the output directory). */
export function typeErrors(files: Record<string, string>): string[] {
  const dir = mkdtempSync(join(tmpdir(), "wire-emitter-typecheck-"));
  try {
    const roots: string[] = [];
    for (const [path, content] of Object.entries(files)) {
      const target = join(dir, path);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, content);
      if (path.endsWith(".d.ts")) roots.push(target);
    }
    return typeCheck(roots);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
