import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ClusterModel } from '../domain/planning/clustering/clusterModel.ts';
import { searchClusters, type SearchResult } from '../domain/planning/clustering/searchClusters.ts';
import type { BlockSearch, BlockSearcher } from '../domain/planning/unions/planUnions.ts';

const WORKER_URL = new URL('./searchWorker.mjs', import.meta.url);

interface Job {
  id: number;
  model: ClusterModel;
  search: BlockSearch;
  resolve: (result: SearchResult) => void;
}

/**
 * Worker threads for the union planner's block searches, so independent townships are searched
 * on every core. One search per worker at a time; the rest queue. A worker that fails hands its
 * search back to the calling thread, which runs it itself.
 */
export class SearchPool {
  private readonly idle: Worker[] = [];
  private readonly running = new Map<number, { worker: Worker; job: Job }>();
  private readonly queue: Job[] = [];
  private nextId = 1;
  readonly size: number;

  constructor(size = Math.max(1, Math.min(2, availableParallelism()))) {
    this.size = size;
    for (let k = 0; k < size; k++) this.spawn();
  }

  /** The pool as the planner's BlockSearcher. */
  readonly search: BlockSearcher = (model, search) =>
    new Promise<SearchResult>((resolve) => {
      this.queue.push({ id: this.nextId++, model, search, resolve });
      this.dispatch();
    });

  async close(): Promise<void> {
    const workers = [...this.idle, ...[...this.running.values()].map((r) => r.worker)];
    this.idle.length = 0;
    await Promise.all(workers.map((w) => w.terminate()));
  }

  private spawn(): void {
    const worker = new Worker(WORKER_URL);
    worker.on(
      'message',
      (message: { ready?: true; id?: number; result?: SearchResult; error?: string }) => {
        if (message.ready) {
          // held (ref) from spawn until ready, so a search queued meanwhile keeps the process alive
          worker.unref();
          this.idle.push(worker);
          this.dispatch();
          return;
        }
        const entry = message.id === undefined ? undefined : this.running.get(message.id);
        if (!entry) return;
        this.running.delete(entry.job.id);
        worker.unref();
        this.idle.push(worker);
        if (message.result) entry.job.resolve(message.result);
        else this.runHere(entry.job);
        this.dispatch();
      },
    );
    worker.on('error', () => {
      for (const [id, entry] of this.running) {
        if (entry.worker !== worker) continue;
        this.running.delete(id);
        this.runHere(entry.job);
      }
    });
  }

  private runHere(job: Job): void {
    const started = performance.now();
    job.resolve(
      searchClusters(job.model, {
        seed: job.search.seed,
        iterations: job.search.iterations,
        shouldStop: () => performance.now() - started > job.search.stopAfterMs,
        shouldStopPolish: () => performance.now() - started > job.search.polishStopAfterMs,
      }),
    );
  }

  private dispatch(): void {
    while (this.idle.length > 0 && this.queue.length > 0) {
      const worker = this.idle.shift();
      const job = this.queue.shift();
      if (!worker || !job) return;
      this.running.set(job.id, { worker, job });
      worker.ref();
      worker.postMessage({ id: job.id, model: job.model, ...job.search });
    }
  }
}
