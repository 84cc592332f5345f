import { compareCodeUnits } from "../code-unit-order.js";

/** A file of the output tree: a path relative to the output directory (forward slashes) and its text. */
export interface OutputFile {
  readonly path: string;
  readonly content: string;
  /** What produced the file (`template version/index.js.mustache`), for diagnostics. */
  readonly origin: string;
  /**
   * For a generated module, the names it exports, as its writer knows them; the
   * imports of template modules are checked against them (see check-module-links.ts),
   * without parsing a validators module of a megabyte. Template modules are read instead.
   */
  readonly exports?: readonly string[];
}

/** Sorted by path, so the order of writing (and of any listing) never depends on how files were produced. */
export function sortOutputFiles(files: readonly OutputFile[]): OutputFile[] {
  return [...files].sort((a, b) => compareCodeUnits(a.path, b.path));
}
