import { resolvePath, type Program } from "@typespec/compiler";
import { readdir, readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { compareCodeUnits } from "../../code-unit-order.js";

/** A file of a templates directory, by its path relative to it, and who wrote it. */
export interface Template {
  readonly path: string;
  readonly content: string;
  /** `the emitter's template x` or `template x` (the project's), for diagnostics. */
  readonly origin: string;
  /** Whether it is one of the emitter's own templates (the default package layout). */
  readonly builtIn: boolean;
}

/**
 * The emitter's own templates (`emitter/templates/`): the package layout every spec
 * gets, the parsing runtime included. They ship with the emitter, so they are read
 * from its install, not through the compiler's host (the project's file system).
 */
const BUILT_IN_DIR = fileURLToPath(new URL("../../../templates/", import.meta.url));

export async function readBuiltInTemplates(): Promise<Template[]> {
  const entries = await readdir(BUILT_IN_DIR, { recursive: true, withFileTypes: true });
  const paths = entries.filter((entry) => entry.isFile()).map((entry) => posixPath(relative(BUILT_IN_DIR, join(entry.parentPath, entry.name))));
  return Promise.all(
    paths.sort(compareCodeUnits).map(async (path) => ({ path, content: await readFile(join(BUILT_IN_DIR, path), "utf8"), origin: `the emitter's template ${path}`, builtIn: true })),
  );
}

/** Every file under the project's templates directory, in a fixed order; empty when there is no such directory. */
export async function readProjectTemplates(program: Program, root: string, relative = ""): Promise<Template[]> {
  let entries: string[];
  try {
    entries = (await program.host.readDir(resolvePath(root, relative))).sort(compareCodeUnits);
  } catch {
    return [];
  }
  const files: Template[] = [];
  for (const entry of entries) {
    const path = relative ? `${relative}/${entry}` : entry;
    const absolute = resolvePath(root, path);
    if ((await program.host.stat(absolute)).isDirectory()) files.push(...(await readProjectTemplates(program, root, path)));
    else files.push({ path, content: (await program.host.readFile(absolute)).text, origin: `template ${path}`, builtIn: false });
  }
  return files;
}

function posixPath(path: string): string {
  return path.split("\\").join("/");
}
