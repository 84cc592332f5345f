import { parentPort } from "node:worker_threads";
import { StandaloneCompiler } from "./standalone-compiler.js";
import type { WorkerRequest } from "./worker-pool.js";

/** A worker thread of the pool in worker-pool.ts: one compiler per open session, one job per message. */
const compilers = new Map<number, StandaloneCompiler>();

parentPort!.on("message", (request: WorkerRequest) => {
  if (request.kind === "close") {
    compilers.delete(request.session);
    return;
  }
  const { id, session, job } = request;
  try {
    let compiler = compilers.get(session);
    if (!compiler) compilers.set(session, (compiler = new StandaloneCompiler()));
    parentPort!.postMessage({ id, source: compiler.compile(job) });
  } catch (error) {
    parentPort!.postMessage({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
