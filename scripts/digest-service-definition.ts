// Reduces a local copy of the service's published definition (one VoiceLive.json per API
// version, from the public Azure REST API specs repository) to the wire facts the
// comparison test reads, in test/service-definition/published/<version>.json. The
// published document itself stays out of this repository: only its facts are kept.
//
//   npm run digest:service-definition -- <VoiceLive.json> <version> <repository> <path> <commit>
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { factsFromSwagger } from "../test/service-definition/from-published.ts";

const [file, version, repository, path, commit] = process.argv.slice(2);
if (!file || !version || !repository || !path || !commit) {
  console.error("usage: npm run digest:service-definition -- <VoiceLive.json> <version> <repository> <path> <commit>");
  process.exit(2);
}
const facts = factsFromSwagger(JSON.parse(readFileSync(file, "utf8")));
const outDir = resolve(import.meta.dirname, "../test/service-definition/published");
mkdirSync(outDir, { recursive: true });
// One fact per line, so that a new revision of the definition reads as a line diff.
const body = facts.map((fact) => `    ${JSON.stringify(fact)}`).join(",\n");
const text = `{\n  "source": ${JSON.stringify({ repository, path, commit })},\n  "facts": [\n${body}\n  ]\n}\n`;
writeFileSync(join(outDir, `${version}.json`), text);
console.log(`${version}: ${facts.length} facts`);
