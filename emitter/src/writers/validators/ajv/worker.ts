import { parentPort } from "node:worker_threads";
import { standaloneSource, type StandaloneJob } from "./standalone-source.js";

/** A worker thread of the pool in worker-pool.ts: compiles one job per message. */
parentPort!.on("message", ({ id, job }: { id: number; job: StandaloneJob }) => {
  try {
    parentPort!.postMessage({ id, source: standaloneSource(job) });
  } catch (error) {
    parentPort!.postMessage({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
