// The consumer bundled for the browser (esbuild, code splitting on) and run in headless
// Chromium, on a page whose Content-Security-Policy forbids string evaluation: the
// precompiled validators must work there, which runtime-compiled AJV (`new Function`)
// cannot, and parserFor must fetch the chunk of the version it loads, and no other.
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bundleBrowserConsumer, type BrowserBundle } from "./support/bundle.js";
import { chromiumArgs, chromiumPath, skipBrowserTest } from "./support/chromium.js";
import { createConsumerProject, type ConsumerProject } from "./support/consumer-project.js";
import { expectedConsumerResults } from "./support/expected-results.js";
import { pageDir } from "./support/paths.js";
import { serveStatic, type StaticFile, type StaticServer } from "./support/static-server.js";

const CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'";

/** What the page's scripts leave on `window`. */
interface PageGlobals {
  voiceliveWireResults?: unknown;
  cspControl?: { blocked: boolean; error?: string };
  cspViolations?: { directive: string; blockedURI: string; sourceFile: string }[];
}

interface PageOutcome extends Required<PageGlobals> {
  readonly cspHeader: string | undefined;
  readonly domResults: string | null;
  readonly pageErrors: readonly string[];
  /** The paths the page requested, in order. */
  readonly requested: readonly string[];
}

/** Versions the consumer never loads (it imports 2026-07-15 at the root and 2025-10-01 by subpath, and loads 2026-04-10 through parserFor). */
const VERSIONS_NEVER_USED = ["2026-01-01-preview", "2026-06-01-preview", "2026-07-31-preview"];

const javascript = (body: string): StaticFile => ({ contentType: "text/javascript; charset=utf-8", body });

async function pageFiles(bundle: BrowserBundle): Promise<Map<string, StaticFile>> {
  const read = (name: string) => readFile(join(pageDir, name), "utf8");
  // The chunks sit beside the entry, which imports them by `./<name>`.
  const chunks = [...bundle.files].filter(([name]) => name !== bundle.entry).map(([name, text]): [string, StaticFile] => [`/${name}`, javascript(text)]);
  return new Map([
    ["/", { contentType: "text/html; charset=utf-8", body: await read("index.html") }],
    ["/csp-listener.js", javascript(await read("csp-listener.js"))],
    ["/consumer.js", javascript(bundle.files.get(bundle.entry)!)],
    ["/csp-control.js", javascript(await read("csp-control.js"))],
    ...chunks,
  ]);
}

/** Loads the page and waits for its scripts to finish; every wait is on an event the page is certain to produce. */
async function loadPage(browser: Browser, origin: string): Promise<PageOutcome> {
  const page = await browser.newPage();
  const pageErrors: string[] = [];
  const requested: string[] = [];
  page.on("pageerror", (error) => pageErrors.push(String(error)));
  page.on("request", (request) => requested.push(new URL(request.url()).pathname));
  const response = await page.goto(`${origin}/`);
  await page.waitForFunction(() => {
    const globals = globalThis as PageGlobals;
    return globals.voiceliveWireResults !== undefined && globals.cspControl !== undefined;
  });
  const cspControl = await page.evaluate(() => (globalThis as PageGlobals).cspControl!);
  // A blocked `new Function` always queues a violation event. The control runs after the
  // consumer, so once its violation has arrived, any the consumer caused has arrived too.
  if (cspControl.blocked) await page.waitForFunction(() => ((globalThis as PageGlobals).cspViolations ?? []).length > 0);
  const globals = await page.evaluate(() => {
    const { voiceliveWireResults, cspViolations } = globalThis as PageGlobals;
    return { voiceliveWireResults, cspViolations: cspViolations ?? [] };
  });
  const domResults = await page.textContent("#results");
  await page.close();
  return { ...globals, cspControl, cspHeader: response?.headers()["content-security-policy"], domResults, pageErrors, requested };
}

describe.skipIf(skipBrowserTest())("voicelive-wire bundled for a browser, under a CSP without unsafe-eval", () => {
  let project: ConsumerProject | undefined;
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  let outcome: PageOutcome;
  let origin: string;
  let bundle: BrowserBundle;

  beforeAll(async () => {
    // Reached without Chromium only under CI=true (see skipBrowserTest): that is a failure.
    if (!existsSync(chromiumPath)) throw new Error(`CI=true and no Chromium at ${chromiumPath}: the browser test must run in CI.`);
    project = await createConsumerProject();
    bundle = await bundleBrowserConsumer(project.dir);
    server = await serveStatic(await pageFiles(bundle), CONTENT_SECURITY_POLICY);
    origin = server.origin;
    browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
    outcome = await loadPage(browser, origin);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await project?.dispose();
  });

  it("serves the page with the strict CSP, and the CSP is in force: new Function is blocked and reported", () => {
    expect(outcome.cspHeader).toBe(CONTENT_SECURITY_POLICY);
    expect(outcome.cspControl).toEqual({ blocked: true, error: "EvalError" });
    expect(outcome.cspViolations).toContainEqual({ directive: "script-src", blockedURI: "eval", sourceFile: `${origin}/csp-control.js` });
  });

  it("runs the validators without any other CSP violation or page error", () => {
    expect(outcome.cspViolations.filter((violation) => violation.sourceFile !== `${origin}/csp-control.js`)).toEqual([]);
    expect(outcome.cspViolations).toHaveLength(1);
    expect(outcome.pageErrors).toEqual([]);
  });

  it("fetches the chunk of the version parserFor loads when it runs, and none of the versions nobody asked for", () => {
    const chunkOf = (source: string) => [...bundle.packageSources].filter(([, sources]) => sources.includes(source)).map(([name]) => name);
    const lazyChunks = chunkOf("2026-04-10/index.js");
    expect(lazyChunks).toHaveLength(1);
    expect(lazyChunks[0]).not.toBe(bundle.entry);
    expect(outcome.requested).toContain(`/${lazyChunks[0]}`);
    for (const version of VERSIONS_NEVER_USED) {
      const chunks = chunkOf(`${version}/index.js`);
      // Each is in the build, as a chunk of its own that the page never fetched.
      expect(chunks, version).toHaveLength(1);
      expect(chunks[0], version).not.toBe(bundle.entry);
      expect(outcome.requested, version).not.toContain(`/${chunks[0]}`);
    }
    // Everything the page asked for was served: the page, its scripts and the chunks it needed.
    expect(outcome.requested.filter((path) => path !== "/" && path !== "/favicon.ico" && !bundle.files.has(path.slice(1)) && !["/consumer.js", "/csp-listener.js", "/csp-control.js"].includes(path))).toEqual([]);
  });

  it("validates good and bad events exactly as in Node", () => {
    expect(outcome.voiceliveWireResults).toEqual(expectedConsumerResults);
    expect(JSON.parse(outcome.domResults ?? "null")).toEqual(expectedConsumerResults);
  });
});
