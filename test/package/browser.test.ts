// The consumer bundled for the browser (esbuild) and run in headless Chromium, on a page
// whose Content-Security-Policy forbids string evaluation: the precompiled validators
// must work there, which runtime-compiled AJV (`new Function`) cannot.
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bundleBrowserConsumer } from "./support/bundle.js";
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
}

const javascript = (body: string): StaticFile => ({ contentType: "text/javascript; charset=utf-8", body });

async function pageFiles(bundle: string): Promise<Map<string, StaticFile>> {
  const read = (name: string) => readFile(join(pageDir, name), "utf8");
  return new Map([
    ["/", { contentType: "text/html; charset=utf-8", body: await read("index.html") }],
    ["/csp-listener.js", javascript(await read("csp-listener.js"))],
    ["/consumer.js", javascript(bundle)],
    ["/csp-control.js", javascript(await read("csp-control.js"))],
  ]);
}

/** Loads the page and waits for its scripts to finish; every wait is on an event the page is certain to produce. */
async function loadPage(browser: Browser, origin: string): Promise<PageOutcome> {
  const page = await browser.newPage();
  const pageErrors: string[] = [];
  page.on("pageerror", (error) => pageErrors.push(String(error)));
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
  return { ...globals, cspControl, cspHeader: response?.headers()["content-security-policy"], domResults, pageErrors };
}

describe.skipIf(skipBrowserTest())("voicelive-wire bundled for a browser, under a CSP without unsafe-eval", () => {
  let project: ConsumerProject | undefined;
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  let outcome: PageOutcome;
  let origin: string;

  beforeAll(async () => {
    // Reached without Chromium only under CI=true (see skipBrowserTest): that is a failure.
    if (!existsSync(chromiumPath)) throw new Error(`CI=true and no Chromium at ${chromiumPath}: the browser test must run in CI.`);
    project = await createConsumerProject();
    server = await serveStatic(await pageFiles(await bundleBrowserConsumer(project.dir)), CONTENT_SECURITY_POLICY);
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

  it("validates good and bad events exactly as in Node", () => {
    expect(outcome.voiceliveWireResults).toEqual(expectedConsumerResults);
    expect(JSON.parse(outcome.domResults ?? "null")).toEqual(expectedConsumerResults);
  });
});
