import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { DirectoryRows } from '../../domain/directory/demoCounty/index.ts';
import type { FieldCipher } from '../crypto/fieldCipher.ts';
import type { Database } from '../db/client.ts';
import type { RawQuery } from '../db/bulkLoad.ts';
import {
  loadPreparedDirectory,
  prepareDirectory,
  type LoadOptions,
  type PreparedDirectory,
} from '../modules/directory/loadDirectory.ts';

const WORKER_URL = new URL('./prepareWorker.mjs', import.meta.url);

interface Pending {
  resolve: (prepared: PreparedDirectory) => void;
  reject: (error: Error) => void;
}

/**
 * Worker threads that turn directory rows into COPY text (pinyin keys, SM4 and blind indexes,
 * CSV), so the main thread only writes. A failed worker rejects its requests; the caller prepares
 * those batches itself.
 */
export class PreparePool {
  private readonly workers: Worker[] = [];
  private readonly pending = new Map<number, Pending>();
  private readonly owner = new Map<number, Worker>();
  private nextId = 0;

  constructor(cipher: FieldCipher, size: number) {
    for (let k = 0; k < size; k++) {
      const worker = new Worker(WORKER_URL, { workerData: { keys: cipher.derivedKeys() } });
      worker.on(
        'message',
        (message: { id: number; prepared?: PreparedDirectory; error?: string }) => {
          const job = this.pending.get(message.id);
          if (!job) return;
          this.pending.delete(message.id);
          this.owner.delete(message.id);
          if (message.prepared) job.resolve(message.prepared);
          else job.reject(new Error(message.error ?? 'preparation failed'));
        },
      );
      worker.on('error', (error) => this.fail(worker, error));
      worker.on('exit', () => this.fail(worker, new Error('preparation worker exited')));
      this.workers.push(worker);
    }
  }

  prepare(rows: DirectoryRows, now: Date): Promise<PreparedDirectory> {
    const id = this.nextId++;
    const worker = this.workers[id % this.workers.length];
    if (!worker) return Promise.reject(new Error('no preparation worker'));
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.owner.set(id, worker);
      worker.postMessage({ id, rows, now: now.toISOString() });
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }

  private fail(worker: Worker, error: Error): void {
    for (const [id, w] of this.owner) {
      if (w !== worker) continue;
      this.pending.get(id)?.reject(error);
      this.pending.delete(id);
      this.owner.delete(id);
    }
  }
}

export interface PipelinedBatch {
  rows: DirectoryRows;
  alsoInTransaction?: (query: RawQuery) => Promise<void>;
}

/**
 * loadDirectory with the rows prepared in worker threads a few batches ahead while the main
 * thread writes the previous one. Batches still commit one by one, in order, each with its audit
 * event (and `alsoInTransaction`). `afterBatch` runs after each commit (e.g. to yield the
 * connection). Returns the row count per table.
 */
export async function loadDirectoryPipelined(
  database: Database,
  cipher: FieldCipher,
  batches: Iterable<PipelinedBatch>,
  options: LoadOptions,
  afterBatch?: (done: number) => Promise<void> | void,
  workers = Math.max(1, Math.min(4, availableParallelism())),
): Promise<Record<string, number>> {
  const totals: Record<string, number> = {};
  let pool: PreparePool | null = null;
  try {
    pool = new PreparePool(cipher, workers);
  } catch {
    pool = null; // no worker threads here: prepare in this thread
  }
  let stopped = false;
  // a failed worker's batch is prepared here instead; after a failed write (stopped) nothing is
  const prepare = (rows: DirectoryRows): Promise<PreparedDirectory> =>
    pool
      ? pool.prepare(rows, options.now).catch((error: unknown) => {
          if (stopped) throw error;
          return prepareDirectory(rows, cipher, options.now);
        })
      : Promise.resolve(prepareDirectory(rows, cipher, options.now));
  const ahead = workers + 1;
  const iterator = batches[Symbol.iterator]();
  const inFlight: { batch: PipelinedBatch; prepared: Promise<PreparedDirectory> }[] = [];
  const fill = () => {
    while (inFlight.length < ahead) {
      const next = iterator.next();
      if (next.done) return;
      const prepared = prepare(next.value.rows);
      prepared.catch(() => undefined); // awaited in order below
      inFlight.push({ batch: next.value, prepared });
    }
  };
  let done = 0;
  try {
    fill();
    for (let head = inFlight.shift(); head; head = inFlight.shift()) {
      const prepared = await head.prepared;
      fill();
      await loadPreparedDirectory(
        database,
        prepared,
        options,
        head.batch.alsoInTransaction,
        totals,
      );
      await afterBatch?.(++done);
    }
  } finally {
    stopped = true;
    await pool?.close();
  }
  return totals;
}
