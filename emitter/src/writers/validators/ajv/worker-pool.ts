import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { standaloneSource, type StandaloneJob } from "./standalone-source.js";

/**
 * AJV compiles each validators module in about 150 ms of CPU, and a spec's modules
 * (two per version) are independent: they run on worker threads while the main
 * thread writes the TypeScript and the guards. The output is the same bytes as
 * compiling in line. On a single core everything stays on the main thread.
 */
export function compileStandalone(job: StandaloneJob): Promise<string> {
  const size = Math.min(availableParallelism() - 1, MAX_WORKERS);
  if (size < 1) return Promise.resolve(standaloneSource(job));
  pool ??= new WorkerPool(size);
  return pool.run(job);
}

const MAX_WORKERS = 4;
let pool: WorkerPool | undefined;

interface Pending {
  resolve(source: string): void;
  reject(error: Error): void;
}

/** Workers started on first use and kept for the process; they hold it open only while they have work. */
class WorkerPool {
  private readonly workers: { worker: Worker; pending: Map<number, Pending> }[] = [];
  private nextId = 0;

  constructor(private readonly size: number) {}

  run(job: StandaloneJob): Promise<string> {
    const slot = this.leastBusy();
    const id = this.nextId++;
    return new Promise<string>((resolve, reject) => {
      slot.pending.set(id, { resolve, reject });
      slot.worker.ref();
      slot.worker.postMessage({ id, job });
    });
  }

  private leastBusy() {
    if (this.workers.length < this.size) return this.start();
    return this.workers.reduce((best, slot) => (slot.pending.size < best.pending.size ? slot : best));
  }

  private start() {
    const slot = { worker: new Worker(new URL("./worker.js", import.meta.url)), pending: new Map<number, Pending>() };
    slot.worker.unref();
    slot.worker.on("message", ({ id, source, error }: { id: number; source?: string; error?: string }) => {
      const pending = slot.pending.get(id);
      slot.pending.delete(id);
      if (slot.pending.size === 0) slot.worker.unref();
      if (error !== undefined) pending?.reject(new Error(error));
      else pending?.resolve(source!);
    });
    // A worker that dies fails its jobs and leaves the pool; the next job starts a new one.
    slot.worker.on("error", (error) => {
      this.workers.splice(this.workers.indexOf(slot), 1);
      for (const pending of slot.pending.values()) pending.reject(error);
      slot.pending.clear();
    });
    this.workers.push(slot);
    return slot;
  }
}
