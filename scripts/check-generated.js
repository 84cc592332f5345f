// Regenerates the package into a temporary directory and compares it with the
// committed `generated/`: any missing, extra or different file is named and the
// script fails, so a spec or emitter change without `npm run generate` cannot land.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";

const committed = "generated";
const scratch = mkdtempSync(join(tmpdir(), "check-generated-"));
const fresh = join(scratch, "generated");

try {
  execFileSync("tsp", ["compile", "spec", "--option", `typespec-wire-emitter.emitter-output-dir=${fresh}`], { stdio: "inherit" });
  const committedFiles = listFiles(committed);
  const freshFiles = listFiles(fresh);
  const stale = [];
  for (const file of committedFiles.union(freshFiles)) {
    if (!freshFiles.has(file)) stale.push(`${file}: no longer generated`);
    else if (!committedFiles.has(file)) stale.push(`${file}: missing from generated/`);
    else if (!readFileSync(join(committed, file)).equals(readFileSync(join(fresh, file)))) stale.push(`${file}: differs`);
  }
  if (stale.length > 0) {
    console.error(`generated/ is stale; run \`npm run generate\` and commit the result:\n${stale.sort().map((line) => `  ${line}`).join("\n")}`);
    process.exitCode = 1;
  } else {
    console.log(`generated/ is up to date (${freshFiles.size} files).`);
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

/** The files under `root`, as `/`-separated paths relative to it. */
function listFiles(root) {
  const files = readdirSync(root, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return new Set(files.map((entry) => relative(root, join(entry.parentPath, entry.name)).split("\\").join("/")));
}
