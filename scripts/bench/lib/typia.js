// typia needs its own compile step: `typia generate` rewrites `typia.createIs<T>()` calls
// into plain checking code, from the TypeScript types the emitter wrote (types.d.ts), and
// esbuild turns the result into an ES module. Built into .tmp/bench/typia on every run.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, relative } from "node:path";
import { buildSync } from "esbuild";
import { GENERATED, REPO, SCRATCH } from "./paths.js";

const require = createRequire(join(REPO, "package.json"));

/** The installed typia version, or undefined when it is not installed. */
export function typiaVersion() {
  try {
    return JSON.parse(readFileSync(require.resolve("typia/package.json"), "utf8")).version;
  } catch {
    return undefined;
  }
}

/**
 * Builds `isServerEvent` / `isClientEvent` for one version.
 * @returns {{ module: string, buildMs: number } | { error: string }}
 */
export function buildTypia(version) {
  const typiaRelease = typiaVersion();
  if (!typiaRelease) return { error: "typia is not installed (npm install -D -E typia@9.7.2 builds with TypeScript 5.9)" };
  const dir = join(SCRATCH, "typia", version);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, "src"), { recursive: true });
  const types = relative(join(dir, "src"), join(GENERATED, version, "types.js")).split("\\").join("/");
  writeFileSync(
    join(dir, "src", "checks.ts"),
    [
      `import typia from "typia";`,
      `import type { ClientEvent, ServerEvent } from "${types}";`,
      `export const isServerEvent = typia.createIs<ServerEvent>();`,
      `export const isClientEvent = typia.createIs<ClientEvent>();`,
      ``,
    ].join("\n"),
  );
  // typia's CLI looks for a package.json near the working directory.
  writeFileSync(join(dir, "package.json"), `${JSON.stringify({ private: true, type: "module" })}\n`);
  writeFileSync(
    join(dir, "tsconfig.json"),
    JSON.stringify({ compilerOptions: { target: "ES2022", module: "ESNext", moduleResolution: "Bundler", strict: true, skipLibCheck: true, noEmit: true }, include: ["src"] }, null, 2),
  );
  const started = performance.now();
  const cli = join(require.resolve("typia/package.json"), "..", "lib", "executable", "typia.js");
  const result = spawnSync(process.execPath, [cli, "generate", "--input", "src", "--output", "out", "--project", "tsconfig.json"], { cwd: dir, encoding: "utf8" });
  const generated = join(dir, "out", "checks.ts");
  if (result.status !== 0 || !existsSync(generated)) {
    return { error: `typia generate failed (exit ${result.status}): ${(result.stderr || result.stdout).trim().split("\n").slice(-3).join(" ")}` };
  }
  const module = join(dir, "checks.mjs");
  buildSync({ entryPoints: [generated], outfile: module, bundle: true, format: "esm", platform: "neutral", logLevel: "silent" });
  return { module, buildMs: performance.now() - started, typiaRelease };
}
