import { AsyncResource } from 'node:async_hooks';
import { Worker } from 'node:worker_threads';
import type { QueryOptions, Results } from '@electric-sql/pglite';
import {
  BACKGROUND_MAX_WAIT_MS,
  INTERACTIVE_GRACE_MS,
  workPriority,
  type WorkPriority,
} from './workPriority.ts';

/** What the rest of the server uses of an embedded database: PGlite's own query/transaction API. */
export interface PgliteQueryable {
  query<T>(text: string, params?: unknown[], options?: QueryOptions): Promise<Results<T>>;
  exec(text: string): Promise<Results[]>;
}
export interface PgliteTx extends PgliteQueryable {
  rollback(): Promise<void>;
  readonly closed: boolean;
}
export interface PgliteClient extends PgliteQueryable {
  transaction<T>(work: (tx: PgliteTx) => Promise<T>): Promise<T>;
  close(): Promise<void>;
  /** Statements and transactions waiting for their turn, by priority (for status and tests). */
  queued(): Record<WorkPriority, number>;
  /** A person's request began / ended: background work holds back while one is under way. */
  requestStarted(): void;
  requestEnded(): void;
  /** The in-memory data directory as a tar (a template for test databases). */
  dump(): Promise<Uint8Array>;
}

const THREAD_URL = new URL('./pgliteThread.mjs', import.meta.url);

interface Unit {
  priority: WorkPriority;
  queuedAt: number;
  run: () => Promise<void>;
  cancel: (error: Error) => void;
}

/** How long a closing database waits for the unit that is running before it stops the thread. */
const CLOSE_WAIT_MS = 4000;

/**
 * While a person's request is under way (a login hashing its password between two statements),
 * background work holds back up to this long after that request's last statement.
 */
const REQUEST_HOLD_MS = 250;

/** LINGYAN_DB_SLOW_MS=n: name every unit that held the database longer than n ms (diagnosis). */
const SLOW_UNIT_MS = Number(process.env.LINGYAN_DB_SLOW_MS ?? 0) || 0;

type SerializedError = { name: string; message: string; stack?: string } & Record<string, unknown>;

function revive(error: SerializedError): Error {
  const { name, message, stack, ...fields } = error;
  const revived = Object.assign(new Error(message), fields);
  revived.name = name;
  if (stack)
    revived.stack = `${stack}\n    --- in the database thread; called from:\n${new Error().stack?.split('\n').slice(2).join('\n') ?? ''}`;
  return revived;
}

/** Applies the caller's parsers (e.g. Drizzle's keep-as-text for dates) to the raw text values. */
function applyParsers<T>(result: Results<T>, options: QueryOptions | undefined): Results<T> {
  const parsers = options?.parsers;
  if (!parsers) return result;
  const byColumn = result.fields
    .map((field, index) => ({
      index,
      name: field.name,
      parse: parsers[field.dataTypeID] as ((value: string, typeId: number) => unknown) | undefined,
    }))
    .filter((c) => c.parse);
  if (byColumn.length === 0) return result;
  const arrayMode = options.rowMode === 'array';
  for (const row of result.rows as unknown as Record<string | number, unknown>[]) {
    for (const column of byColumn) {
      const key = arrayMode ? column.index : column.name;
      const value = row[key];
      if (value !== null && value !== undefined)
        row[key] = column.parse!(value as string, result.fields[column.index]!.dataTypeID);
    }
  }
  return result;
}

/**
 * The embedded database in its own worker thread (pgliteThread.mjs), so the HTTP thread never
 * blocks on a query: static files and the health check answer while a seed or an export runs.
 * One unit (a statement, or a whole transaction) runs at a time, as in PGlite itself; waiting
 * interactive units go before background ones (workPriority.ts).
 */
export class PgliteThreadClient implements PgliteClient {
  private readonly worker: Worker;
  private readonly pending = new Map<
    number,
    { resolve: (value: unknown) => void; reject: (error: Error) => void }
  >();
  private readonly waiting: Record<WorkPriority, Unit[]> = { interactive: [], background: [] };
  private nextId = 1;
  private running: Promise<void> | null = null;
  private graceTimer: NodeJS.Timeout | null = null;
  private lastInteractiveEnd = -Infinity;
  private requestsInFlight = 0;
  private currentStatements: string[] = [];
  private closing: Promise<void> | null = null;
  private failure: Error | null = null;
  readonly waitReady: Promise<void>;

  /** `dataDir` on disk, or in memory — started from the tar at `loadDataDir` when given. */
  constructor(dataDir?: string, loadDataDir?: string) {
    this.worker = new Worker(THREAD_URL, { workerData: { dataDir, loadDataDir } });
    this.worker.on(
      'message',
      (message: { id: number; result?: unknown; error?: SerializedError }) => {
        const call = this.pending.get(message.id);
        if (!call) return;
        this.pending.delete(message.id);
        if (message.error) call.reject(revive(message.error));
        else call.resolve(message.result);
      },
    );
    const fail = (error: Error) => {
      this.failure = error;
      for (const call of this.pending.values()) call.reject(error);
      this.pending.clear();
    };
    this.worker.on('error', (error) => fail(error));
    this.worker.on('exit', (code) =>
      fail(new Error(`the database thread stopped (exit code ${code})`)),
    );
    this.waitReady = this.call({ op: 'ready' }).then(() => undefined);
  }

  /** The in-memory data directory as a tar (a template for test databases). */
  async dump(): Promise<Uint8Array> {
    await this.waitReady;
    return this.schedule(
      async () => ((await this.call({ op: 'dump' })) as { tar: Uint8Array }).tar,
    );
  }

  requestStarted(): void {
    this.requestsInFlight++;
  }

  requestEnded(): void {
    this.requestsInFlight = Math.max(0, this.requestsInFlight - 1);
    if (this.graceTimer && this.requestsInFlight === 0) {
      clearTimeout(this.graceTimer);
      this.graceTimer = null;
      this.pump();
    }
  }

  queued(): Record<WorkPriority, number> {
    return {
      interactive: this.waiting.interactive.length,
      background: this.waiting.background.length,
    };
  }

  query<T>(text: string, params?: unknown[], options?: QueryOptions): Promise<Results<T>> {
    return this.schedule(() => this.send<T>(false, text, params, options));
  }

  exec(text: string): Promise<Results[]> {
    return this.schedule(() => this.call({ op: 'exec', text }) as Promise<Results[]>);
  }

  transaction<T>(work: (tx: PgliteTx) => Promise<T>): Promise<T> {
    return this.schedule(async () => {
      await this.call({ op: 'begin' });
      let closed = false;
      const tx: PgliteTx = {
        query: <R>(text: string, params?: unknown[], options?: QueryOptions) => {
          if (closed) return Promise.reject(new Error('Transaction is closed'));
          return this.send<R>(true, text, params, options);
        },
        exec: (text: string) =>
          closed
            ? Promise.reject(new Error('Transaction is closed'))
            : (this.call({ op: 'exec', text, tx: true }) as Promise<Results[]>),
        rollback: async () => {
          if (closed) throw new Error('Transaction is closed');
          closed = true;
          await this.call({ op: 'rollback' });
        },
        get closed() {
          return closed;
        },
      };
      try {
        const result = await work(tx);
        if (!closed) {
          closed = true;
          await this.call({ op: 'commit' });
        }
        return result;
      } catch (error) {
        if (!closed) {
          closed = true;
          // Already gone when the COMMIT itself failed; the original error is what matters.
          await this.call({ op: 'rollback' }).catch(() => undefined);
        }
        throw error;
      }
    });
  }

  /**
   * Refuses what is still waiting, lets the running unit finish (at most CLOSE_WAIT_MS), then
   * closes the database. A unit that does not finish in time is cut off as a crash would: what
   * committed stays, its open transaction is lost, and the next start recovers.
   */
  close(): Promise<void> {
    this.closing ??= (async () => {
      const refused = new Error('the database is closing');
      for (const unit of [
        ...this.waiting.interactive.splice(0),
        ...this.waiting.background.splice(0),
      ])
        unit.cancel(refused);
      const running = this.running;
      if (running) {
        let timer: NodeJS.Timeout | undefined;
        const finished = await Promise.race([
          running.then(() => true),
          new Promise<boolean>(
            (resolve) => (timer = setTimeout(() => resolve(false), CLOSE_WAIT_MS)),
          ),
        ]);
        clearTimeout(timer);
        if (!finished) {
          process.emitWarning(
            'the database thread was stopped in the middle of a statement; the next start recovers',
          );
          await this.worker.terminate();
          return;
        }
      }
      if (!this.failure) await this.call({ op: 'close' }).catch(() => undefined);
      await this.worker.terminate();
    })();
    return this.closing;
  }

  private async send<T>(
    inTx: boolean,
    text: string,
    params: unknown[] | undefined,
    options: QueryOptions | undefined,
  ): Promise<Results<T>> {
    if (SLOW_UNIT_MS) this.currentStatements.push(text);
    const message: Record<string, unknown> = { op: 'query', text, params, tx: inTx };
    if (options?.rowMode) message.rowMode = options.rowMode;
    if (options?.parsers) message.rawTypes = Object.keys(options.parsers).map(Number);
    const transfer: ArrayBuffer[] = [];
    if (options?.blob) {
      const bytes = new Uint8Array(await options.blob.arrayBuffer());
      message.blob = bytes;
      transfer.push(bytes.buffer);
    }
    const result = (await this.call(message, transfer)) as Results<T>;
    return applyParsers(result, options);
  }

  private call(message: Record<string, unknown>, transfer: ArrayBuffer[] = []): Promise<unknown> {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ ...message, id }, transfer);
    });
  }

  private schedule<T>(run: () => Promise<T>): Promise<T> {
    if (this.closing) return Promise.reject(new Error('the database is closing'));
    return new Promise<T>((resolve, reject) => {
      // The unit runs in its caller's async context (priority, request), not in whoever pumps.
      const priority = workPriority();
      this.waiting[priority].push({
        priority,
        queuedAt: performance.now(),
        run: AsyncResource.bind(() => run().then(resolve, reject)),
        cancel: reject,
      });
      this.pump();
    });
  }

  private pump(): void {
    if (this.running) return;
    const oldest = this.waiting.background[0];
    const starving =
      oldest !== undefined && performance.now() - oldest.queuedAt > BACKGROUND_MAX_WAIT_MS;
    let unit = starving ? this.waiting.background.shift() : this.waiting.interactive.shift();
    if (unit && this.graceTimer) {
      clearTimeout(this.graceTimer);
      this.graceTimer = null;
    }
    if (!unit && this.waiting.background.length > 0) {
      if (this.graceTimer) return;
      const hold = this.requestsInFlight > 0 ? REQUEST_HOLD_MS : INTERACTIVE_GRACE_MS;
      const grace = this.lastInteractiveEnd + hold - performance.now();
      if (grace > 0) {
        this.graceTimer = setTimeout(() => {
          this.graceTimer = null;
          this.pump();
        }, grace);
        return;
      }
      unit = this.waiting.background.shift();
    }
    if (!unit) return;
    const interactive = unit.priority === 'interactive';
    const started = performance.now();
    this.currentStatements = [];
    this.running = unit.run().finally(() => {
      const held = performance.now() - started;
      if (SLOW_UNIT_MS && held > SLOW_UNIT_MS)
        process.stderr.write(
          `[db] ${unit.priority} unit held the database ${held.toFixed(0)} ms: ${this.currentStatements
            .map((t) => t.replace(/\s+/g, ' ').slice(0, 160))
            .join(' | ')
            .slice(0, 800)}\n`,
        );
      this.running = null;
      if (interactive) this.lastInteractiveEnd = performance.now();
      this.pump();
    });
  }
}
