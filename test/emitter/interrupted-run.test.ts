import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { recoverInterruptedRun, scratchDirs } from "../../emitter/src/output/scratch-dirs.js";

/** Above Linux's largest pid_max: no process has it. */
const DEAD_PID = 2 ** 31 - 2;

function scratch(): { parent: string; out: string } {
  const parent = mkdtempSync(join(tmpdir(), "wire-emitter-recover-"));
  return { parent, out: join(parent, "out") };
}

function tree(dir: string, file: string, content: string): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, file), content);
}

describe("a run killed mid-write", () => {
  it("between the two renames: the next run puts the previous output back and deletes the partial tree", async () => {
    const { parent, out } = scratch();
    const dead = scratchDirs(out, DEAD_PID, "0badf00d");
    tree(dead.retired, "types.d.ts", "previous");
    tree(dead.staging, "types.d.ts", "half-written");
    await recoverInterruptedRun(out);
    expect(readFileSync(join(out, "types.d.ts"), "utf8")).toBe("previous");
    expect(readdirSync(parent)).toEqual(["out"]);
  });

  it("after the second rename: the stale previous output is deleted, the new one kept", async () => {
    const { parent, out } = scratch();
    tree(out, "types.d.ts", "new");
    tree(scratchDirs(out, DEAD_PID, "0badf00d").retired, "types.d.ts", "previous");
    await recoverInterruptedRun(out);
    expect(readFileSync(join(out, "types.d.ts"), "utf8")).toBe("new");
    expect(readdirSync(parent)).toEqual(["out"]);
  });

  it("a run still going on (a live process) keeps its scratch directories", async () => {
    const { out } = scratch();
    const live = scratchDirs(out, process.pid, "0badf00d");
    tree(live.staging, "types.d.ts", "being written");
    tree(live.retired, "types.d.ts", "previous");
    await recoverInterruptedRun(out);
    expect(existsSync(live.staging) && existsSync(live.retired)).toBe(true);
    expect(existsSync(out)).toBe(false);
  });

  it("another directory's scratch directories are none of its business", async () => {
    const { parent, out } = scratch();
    const other = scratchDirs(join(parent, "outer"), DEAD_PID, "0badf00d");
    tree(other.retired, "types.d.ts", "theirs");
    await recoverInterruptedRun(out);
    expect(existsSync(other.retired)).toBe(true);
  });
});
