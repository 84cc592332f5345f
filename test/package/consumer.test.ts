// The generated package as an SDK meets it: packed, installed from the tarball into a
// project of its own, type-checked under both module resolutions SDKs use, and run.
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createConsumerProject, type ConsumerProject } from "./support/consumer-project.js";
import { expectedConsumerResults } from "./support/expected-results.js";
import { run, type RunResult } from "./support/run.js";
import { oldestTypeScript } from "./support/paths.js";
import { compileConsumer, typeScriptVersion } from "./support/typescript.js";

describe("voicelive-wire installed from its tarball", () => {
  let project: ConsumerProject;
  // The nodenext build is both a check and the program the Node test runs, so it happens once, here.
  let nodenextBuild: RunResult;

  beforeAll(async () => {
    project = await createConsumerProject();
    nodenextBuild = await compileConsumer(project.dir, "tsconfig.nodenext.json");
  });

  afterAll(async () => {
    await project?.dispose();
  });

  it("type-checks the consumer with moduleResolution nodenext", () => {
    expect(nodenextBuild.stdout + nodenextBuild.stderr).toBe("");
    expect(nodenextBuild.code).toBe(0);
  });

  it("type-checks the consumer with moduleResolution bundler", async () => {
    const build = await compileConsumer(project.dir, "tsconfig.bundler.json");
    expect(build.stdout + build.stderr).toBe("");
    expect(build.code).toBe(0);
  });

  it(`type-checks with TypeScript ${oldestTypeScript.version}, the oldest the declarations support, under nodenext and bundler resolution`, async () => {
    expect(await typeScriptVersion(oldestTypeScript.cli)).toBe(oldestTypeScript.version);
    // Everything but the JSON-module import (schema-check.ts), whose `with` needs TypeScript 5.3.
    for (const options of [[], ["--module", "ESNext", "--moduleResolution", "Bundler"]]) {
      const build = await compileConsumer(project.dir, "tsconfig.min-typescript.json", { cli: oldestTypeScript.cli, options });
      expect(build.stdout + build.stderr, options.join(" ")).toBe("");
      expect(build.code).toBe(0);
    }
  });

  it("validates good and bad events when run in Node", async () => {
    const result = await run(process.execPath, [join(project.dir, "dist/node-main.js")], project.dir);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual(expectedConsumerResults);
  });
});
