// Whether the service's published definition names a property at a place on the wire, for
// the strict report: a property strict mode rejects is either one the spec still lacks (the
// definition names it) or one the service sends beyond its own definition.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { WireFact } from "../../service-definition/wire-facts.ts";

const publishedDir = join(import.meta.dirname, "../../service-definition/published");

/** `server:session.updated/session{type=x}/tools[]/name` → `session.updated/session/tools/name`: variants and items unnamed. */
function loosePath(factPath: string): string {
  return factPath.replace(/^(client|server):/, "").replace(/\{[^}]*\}/g, "").replace(/\[\]/g, "").replace(/\{\}/g, "");
}

/** A lookup for one API version: does its definition name `path` (a JSON Pointer) in an event of `type`? */
export function publishedPaths(version: string): (type: string, path: string) => boolean {
  const { facts } = JSON.parse(readFileSync(join(publishedDir, `${version}.json`), "utf8")) as { facts: WireFact[] };
  const known = new Set(facts.map((fact) => loosePath(fact.path)));
  return (type, path) => known.has(`${type}${path.replace(/\/\d+(?=\/|$)/g, "")}`);
}
