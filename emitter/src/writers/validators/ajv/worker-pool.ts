import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { StandaloneJob } from "./standalone-source.js";

/**
 * The AJV compiles of one emit. Its jobs share one compiler per lane, which compiles
 * each distinct definition once (standalone-compiler.ts); `close` lets it go.
 */
export interface StandaloneSession {
  /** Jobs on the same lane share their compiled definitions; lanes may run in parallel. */
  compile(job: StandaloneJob, lane: number): Promise<string>;
  close(): void;
}

/**
 * AJV's compiles run on worker threads while the main thread writes the TypeScript
 * and the guards: one worker per lane, as many lanes as there are spare cores, at most
 * {@link MAX_WORKERS}. The output is the same bytes whichever lane compiled a job.
 * On a single core everything stays on the main thread.
 */
export function openStandaloneSession(): StandaloneSession {
  const size = Math.min(availableParallelism() - 1, MAX_WORKERS);
  if (size < 1) {
    // Loaded here only: with workers, AJV is loaded by the workers alone.
    const compiler = import("./standalone-compiler.js").then(({ StandaloneCompiler }) => new StandaloneCompiler());
    return { compile: async (job) => (await compiler).compile(job), close: () => undefined };
  }
  pool ??= new WorkerPool(size);
  const session = nextSession++;
  const workers = pool;
  return { compile: (job, lane) => workers.run(session, job, lane), close: () => workers.close(session) };
}

/** What the pool sends a worker (worker.ts). */
export type WorkerRequest = { kind: "job"; id: number; session: number; job: StandaloneJob } | { kind: "close"; session: number };

/** Two lanes are used (the spec and the strict modules); more workers would only split the sharing. */
const MAX_WORKERS = 2;
let pool: WorkerPool | undefined;
let nextSession = 0;

interface Pending {
  resolve(source: string): void;
  reject(error: Error): void;
}

interface Slot {
  worker: Worker;
  pending: Map<number, Pending>;
}

/** Workers started on first use and kept for the process; they hold it open only while they have work. */
class WorkerPool {
  private readonly slots: (Slot | undefined)[] = [];
  private nextId = 0;

  constructor(private readonly size: number) {}

  run(session: number, job: StandaloneJob, lane: number): Promise<string> {
    const slot = this.slot(lane % this.size);
    const id = this.nextId++;
    return new Promise<string>((resolve, reject) => {
      slot.pending.set(id, { resolve, reject });
      slot.worker.ref();
      slot.worker.postMessage({ kind: "job", id, session, job } satisfies WorkerRequest);
    });
  }

  close(session: number): void {
    for (const slot of this.slots) slot?.worker.postMessage({ kind: "close", session } satisfies WorkerRequest);
  }

  private slot(index: number): Slot {
    return (this.slots[index] ??= this.start(index));
  }

  private start(index: number): Slot {
    const slot: Slot = { worker: new Worker(new URL("./worker.js", import.meta.url)), pending: new Map() };
    slot.worker.unref();
    slot.worker.on("message", ({ id, source, error }: { id: number; source?: string; error?: string }) => {
      const pending = slot.pending.get(id);
      slot.pending.delete(id);
      if (slot.pending.size === 0) slot.worker.unref();
      if (error !== undefined) pending?.reject(new Error(error));
      else pending?.resolve(source!);
    });
    // A worker that dies fails its jobs and leaves the pool; the next job on its lane starts a new one.
    slot.worker.on("error", (error) => {
      if (this.slots[index] === slot) this.slots[index] = undefined;
      for (const pending of slot.pending.values()) pending.reject(error);
      slot.pending.clear();
    });
    return slot;
  }
}
