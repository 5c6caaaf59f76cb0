import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { MipOptions, MipResult, MipSolver } from '../domain/planning/mipSolver.ts';

interface Job {
  id: number;
  lp: string;
  options: MipOptions;
  resolve: (result: MipResult) => void;
}

interface Slot {
  worker: Worker;
  ready: Promise<void>;
  job: Job | null;
  killTimer: NodeJS.Timeout | null;
}

type WorkerMessage =
  { ready: true } | { id: number; result: MipResult } | { id: number; error: string };

const WORKER_URL = new URL('./highsWorker.mjs', import.meta.url);
// HiGHS honours time_limit itself; the kill is the backstop for a solve stuck in presolve
const KILL_GRACE_SECONDS = 10;

/**
 * A small pool of HiGHS workers (HiGHS blocks its thread for the whole solve). Jobs queue; each
 * runs with HiGHS's own time limit and is terminated if it overruns that by KILL_GRACE_SECONDS.
 */
export class HighsPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private nextId = 1;
  private closed = false;

  constructor(size = Math.max(1, Math.min(2, availableParallelism()))) {
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  /** The pool as the MipSolver the planners take. */
  readonly solve: MipSolver = (lp, options) =>
    new Promise<MipResult>((resolve) => {
      if (this.closed) {
        resolve(failure('solver pool is closed'));
        return;
      }
      this.queue.push({ id: this.nextId++, lp, options, resolve });
      this.dispatch();
    });

  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.resolve(failure('solver pool closed'));
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()));
  }

  private spawn(): Slot {
    const worker = new Worker(WORKER_URL);
    let markReady: () => void = () => undefined;
    const slot: Slot = {
      worker,
      ready: new Promise((r) => (markReady = r)),
      job: null,
      killTimer: null,
    };
    worker.on('message', (message: WorkerMessage) => {
      if ('ready' in message) {
        markReady();
        return;
      }
      const job = slot.job;
      if (!job || job.id !== message.id) return;
      this.finish(slot, 'result' in message ? message.result : failure(message.error));
    });
    worker.on('error', (error) =>
      this.replace(slot, failure(`solver worker failed: ${error.message}`)),
    );
    worker.unref();
    return slot;
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (slot.job || this.queue.length === 0) continue;
      const job = this.queue.shift();
      if (!job) return;
      slot.job = job;
      slot.worker.ref();
      void slot.ready.then(() => {
        if (slot.job !== job) return;
        const { secondsLeft, ...options } = job.options;
        const limit = Math.min(options.timeLimitSeconds, secondsLeft ? secondsLeft() : Infinity);
        if (limit < 0.05) {
          // the caller's budget ran out while this job waited in the queue
          this.finish(slot, {
            status: 'time-limit',
            objective: null,
            dualBound: null,
            values: {},
            seconds: 0,
          });
          return;
        }
        slot.worker.postMessage({ id: job.id, lp: job.lp, ...options, timeLimitSeconds: limit });
        slot.killTimer = setTimeout(
          () => this.replace(slot, failure('solver overran its time limit and was stopped')),
          (limit + KILL_GRACE_SECONDS) * 1000,
        );
      });
    }
  }

  private finish(slot: Slot, result: MipResult): void {
    const job = slot.job;
    if (slot.killTimer) clearTimeout(slot.killTimer);
    slot.killTimer = null;
    slot.job = null;
    slot.worker.unref();
    job?.resolve(result);
    this.dispatch();
  }

  private replace(slot: Slot, result: MipResult): void {
    const index = this.slots.indexOf(slot);
    void slot.worker.terminate();
    if (index >= 0 && !this.closed) this.slots[index] = this.spawn();
    this.finish(slot, result);
  }
}

function failure(message: string): MipResult {
  return { status: 'error', objective: null, dualBound: null, values: {}, seconds: 0, message };
}
