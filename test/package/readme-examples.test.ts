// The package README shows the session checker's output on the example events of Microsoft's
// Voice Live how-to page: both blocks must be what the command prints, word for word.
import { execFile } from "node:child_process";
import { copyFile, mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { expect, it } from "vitest";
import { generatedDir, repoRoot } from "../support/paths.js";

const run = promisify(execFile);

/** The ```text blocks of the README, in order. */
async function textBlocks(): Promise<string[]> {
  const readme = await readFile(join(generatedDir, "README.md"), "utf8");
  return [...readme.matchAll(/```text\n([\s\S]*?)```/g)].map((match) => match[1]!);
}

async function check(cwd: string, args: string[]): Promise<string> {
  const cli = join(generatedDir, "bin/voicelive-wire.js");
  // The checker exits 1 when the session has an invalid event, which the first example has.
  const result = await run(process.execPath, [cli, "check", "session.jsonl", ...args, "--quiet"], { cwd }).catch((failure) => failure);
  return result.stdout as string;
}

it("shows what `voicelive-wire check` prints, with and without --api-version", async () => {
  const cwd = await mkdtemp(join(tmpdir(), "readme-session-"));
  await copyFile(join(repoRoot, "test/conformance/corpus/docs-voice-live-how-to.jsonl"), join(cwd, "session.jsonl"));
  const blocks = await textBlocks();
  expect(blocks).toContain(await check(cwd, ["--api-version", "2026-04-10"]));
  expect(blocks).toContain(await check(cwd, []));
});
