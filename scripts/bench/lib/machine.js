// The machine and package versions a report was measured with.
import { readFileSync } from "node:fs";
import { cpus, loadavg, platform, release, totalmem } from "node:os";
import { join } from "node:path";
import { REPO } from "./paths.js";

const PACKAGES = ["ajv", "mitata", "zod", "@sinclair/typebox", "typia", "@exodus/schemasafe", "@cfworker/json-schema", "arktype", "typescript", "esbuild", "@typespec/compiler", "@typespec/json-schema", "@azure-tools/typespec-autorest"];

function packageVersion(name) {
  try {
    return JSON.parse(readFileSync(join(REPO, "node_modules", name, "package.json"), "utf8")).version;
  } catch {
    return "not installed";
  }
}

export function machineInfo() {
  const list = cpus();
  return {
    cpu: `${list.length} × ${list[0]?.model.trim() ?? "unknown"}`,
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    os: `${platform()} ${release()}`,
    node: process.version,
    v8: process.versions.v8,
    load: loadavg(),
    packages: Object.fromEntries(PACKAGES.map((name) => [name, packageVersion(name)])),
  };
}
