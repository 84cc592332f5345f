import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { typeCheck } from "../emitter/typecheck.js";
import { repoRoot } from "../support/paths.js";
import { run, runOrThrow } from "./support/run.js";

/**
 * The emitter as another project gets it, following the README's "Using the emitter
 * on another spec": `npm pack` of emitter/, installed by name beside the TypeSpec
 * libraries in a fresh project outside the workspace, with a spec of its own, then
 * `npx tsp compile . --emit typespec-wire-emitter`. Nothing resolves through the
 * workspace: the project has its own node_modules.
 */

/** The fresh project's spec: versioned events, and an HTTP operation whose list body is a template instance. */
const SPEC = `import "@typespec/http";
import "@typespec/versioning";

using Http;
using Versioning;

@service(#{ title: "Shop" })
@versioned(Versions)
namespace Shop;

enum Versions {
  v1: "2025-01-01",
  v2: "2025-06-01",
}

@discriminator("type")
model ShopEvent {
  type: string;
}

model OrderPlaced extends ShopEvent {
  type: "order.placed";
  order_id: string;
  total: float64;
}

@added(Versions.v2)
model OrderShipped extends ShopEvent {
  type: "order.shipped";
  order_id: string;
}

model Order {
  id: string;
  total: float64;
}

model Page<T> {
  items: T[];
  next_link?: url;
}

@route("/orders") @get op listOrders(@query("api-version") apiVersion: string): Page<Order>;
`;

/** Imports the generated package by its name, as an SDK would, and reports what it sees. */
const CONSUMER = `import { apiVersion, parseShopEvent, validatePageOrder } from "shop-wire";
import * as first from "shop-wire/2025-01-01";

const shipped = '{"type":"order.shipped","order_id":"o1"}';
console.log(JSON.stringify({
  apiVersion,
  placed: parseShopEvent('{"type":"order.placed","order_id":"o1","total":3.5}').ok,
  shipped: parseShopEvent(shipped).ok,
  shippedInFirst: first.parseShopEvent(shipped).error?.kind,
  badTotal: parseShopEvent('{"type":"order.placed","order_id":"o1","total":"x"}').error?.message,
  page: validatePageOrder({ items: [{ id: "o1", total: 1 }] }),
}));
`;

let dir: string;
let compile: { code: number; stdout: string; stderr: string };
let outputDir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "wire-emitter-install-"));
  const packDir = join(dir, "pack");
  await mkdir(packDir);
  // --ignore-scripts: `npm test` built emitter/dist already, and the prepack rebuild would rewrite it under the other test files.
  const packed = await runOrThrow("npm", ["pack", join(repoRoot, "emitter"), "--json", "--ignore-scripts", "--pack-destination", packDir], repoRoot);
  const [report] = JSON.parse(packed.stdout) as { filename: string }[];
  const project = join(dir, "project");
  await mkdir(project);
  await writeFile(join(project, "package.json"), `${JSON.stringify({ name: "shop-spec", private: true }, null, 2)}\n`);
  await writeFile(join(project, "main.tsp"), SPEC);
  // The README's install command; --prefer-offline takes what the npm cache has, --ignore-scripts runs no install scripts.
  const peers = ["@typespec/compiler@~1.16.0", "@typespec/http@~1.16.0", "@typespec/versioning@~0.86.0"];
  await runOrThrow("npm", ["install", "--save-dev", "--no-audit", "--no-fund", "--prefer-offline", "--ignore-scripts", ...peers, join(packDir, report!.filename)], project);
  compile = await run("npx", ["tsp", "compile", ".", "--emit", "typespec-wire-emitter"], project);
  outputDir = join(project, "tsp-output/typespec-wire-emitter");
});

afterAll(() => rm(dir, { recursive: true, force: true }));

describe("the packed emitter, installed by name in a fresh project", () => {
  it("compiles the project's spec with the README's command line, with no error or warning", () => {
    expect(compile.code, `${compile.stdout}\n${compile.stderr}`).toBe(0);
    expect(`${compile.stdout}\n${compile.stderr}`).not.toMatch(/error|warning/i);
  });

  it("writes an installable package: both versions, the operation's list body, no query parameter", async () => {
    const pkg = JSON.parse(await readFile(join(outputDir, "package.json"), "utf8"));
    expect(pkg.name).toBe("shop-wire");
    const perVersion = (version: string) => [`./${version}`, `./${version}/dev`, `./${version}/schema.json`, `./${version}/strict`];
    expect(Object.keys(pkg.exports).sort()).toEqual([".", ...perVersion("2025-01-01"), ...perVersion("2025-06-01"), "./changes.json", "./package.json", "./versions"].sort());
    expect((await readdir(join(outputDir, "runtime"))).sort()).toEqual(["all-errors.d.ts", "all-errors.js", "messages.js", "parse.d.ts", "parse.js"]);
    const schema = JSON.parse(await readFile(join(outputDir, "2025-06-01/schema.json"), "utf8"));
    expect(Object.keys(schema.$defs)).toEqual(["Order", "OrderPlaced", "OrderShipped", "PageOrder", "ShopEvent"]);
  });

  it("whose modules import by package name in Node, and whose declarations type-check", async () => {
    const project = join(dir, "project");
    await runOrThrow("npm", ["install", "--no-audit", "--no-fund", "--offline", "--ignore-scripts", "--no-save", "./tsp-output/typespec-wire-emitter"], project);
    await writeFile(join(project, "consumer.mjs"), CONSUMER);
    const { stdout } = await runOrThrow(process.execPath, ["consumer.mjs"], project);
    expect(JSON.parse(stdout)).toEqual({
      apiVersion: "2025-06-01",
      placed: true,
      shipped: true,
      shippedInFirst: "unknown-type",
      badTotal: "order.placed: /total must be a number",
      page: true,
    });
    const declarations = (await readdir(outputDir, { recursive: true })).filter((path) => path.endsWith(".d.ts"));
    expect(typeCheck(declarations.map((path) => join(outputDir, path)))).toEqual([]);
  });
});
