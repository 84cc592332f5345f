// Regenerates the package into a temporary directory and compares it with the
// committed `generated/`: any missing, extra or different file is named and the
// script fails, so a spec or emitter change without `npm run generate` cannot land.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
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
  for (const file of new Set([...committedFiles, ...freshFiles])) {
    if (!freshFiles.includes(file)) stale.push(`${file}: no longer generated`);
    else if (!committedFiles.includes(file)) stale.push(`${file}: missing from generated/`);
    else if (!readFileSync(join(committed, file)).equals(readFileSync(join(fresh, file)))) stale.push(`${file}: differs`);
  }
  if (stale.length > 0) {
    console.error(`generated/ is stale; run \`npm run generate\` and commit the result:\n${stale.sort().map((line) => `  ${line}`).join("\n")}`);
    process.exitCode = 1;
  } else {
    console.log(`generated/ is up to date (${freshFiles.length} files).`);
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

function listFiles(root) {
  const files = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir).sort()) {
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) walk(path);
      else files.push(relative(root, path).split("\\").join("/"));
    }
  };
  walk(root);
  return files;
}
