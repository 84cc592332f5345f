import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export interface StaticFile {
  readonly contentType: string;
  readonly body: string;
}

export interface StaticServer {
  /** `http://127.0.0.1:<port>`, no trailing slash. */
  readonly origin: string;
  close(): Promise<void>;
}

/**
 * Serves fixed files on 127.0.0.1 (an ephemeral port) with the same CSP header on
 * every response. No `unsafe-eval`: code that needs `eval` or `new Function` fails here,
 * as it would on a strict production site or in a browser extension.
 */
export async function serveStatic(files: ReadonlyMap<string, StaticFile>, contentSecurityPolicy: string): Promise<StaticServer> {
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? "/", "http://127.0.0.1").pathname;
    const file = files.get(path);
    response.setHeader("Content-Security-Policy", contentSecurityPolicy);
    response.setHeader("Cache-Control", "no-store");
    if (!file) {
      response.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end("not found");
      return;
    }
    response.writeHead(200, { "Content-Type": file.contentType }).end(file.body);
  });
  await new Promise<void>((resolvePromise, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolvePromise());
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolvePromise, reject) => server.close((error) => (error ? reject(error) : resolvePromise()))),
  };
}
