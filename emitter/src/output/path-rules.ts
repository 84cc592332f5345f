import { posix } from "node:path";

/**
 * A relative output path as every platform would resolve it: backslashes count as
 * separators, as they do on Windows, so `..\x` and `a\b` mean the same on every machine.
 */
export function normalizedOutputPath(path: string): string {
  return posix.normalize(path.replaceAll("\\", "/"));
}

/** Whether a relative output path would end up outside its directory: through `..`, as an absolute path, or with a drive letter. */
export function leavesDirectory(path: string): boolean {
  const normalized = normalizedOutputPath(path);
  return normalized === ".." || normalized.startsWith("../") || posix.isAbsolute(normalized) || /^[A-Za-z]:/.test(normalized);
}
