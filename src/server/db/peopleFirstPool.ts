import type pg from 'pg';
import { BACKGROUND_MAX_WAIT_MS, INTERACTIVE_GRACE_MS, workPriority } from './workPriority.ts';

/**
 * People before background work on PostgreSQL, as the embedded database's scheduler does: a
 * background unit (a statement outside a transaction, or a whole transaction) starts only when no
 * person's statement or transaction is running and none ended in the last 25 ms, or after it has
 * waited 2 s. The gate is at the start of a unit only: a background transaction, once begun, runs
 * to its end, so people waiting on its locks never wait on the gate as well.
 */
export class PeopleFirstGate {
  private running = 0;
  private lastEnd = 0;
  private waiters: (() => void)[] = [];
  private timer: NodeJS.Timeout | null = null;

  /** Marks a person's unit as running until `done` settles. */
  interactive<T>(done: Promise<T>): Promise<T> {
    this.running++;
    const end = () => {
      this.running--;
      this.lastEnd = performance.now();
      this.wake();
    };
    done.then(end, end);
    return done;
  }

  /** Resolves when background work may start its next unit. */
  background(): Promise<void> {
    if (this.free()) return Promise.resolve();
    return new Promise((resolve) => {
      let settled = false;
      const go = () => {
        if (settled) return;
        settled = true;
        clearTimeout(guard);
        resolve();
      };
      const guard = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== go);
        go();
      }, BACKGROUND_MAX_WAIT_MS);
      this.waiters.push(go);
    });
  }

  private free(): boolean {
    return this.running === 0 && performance.now() - this.lastEnd >= INTERACTIVE_GRACE_MS;
  }

  private wake(): void {
    if (this.running > 0 || this.waiters.length === 0 || this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      if (!this.free()) return this.wake();
      const waiting = this.waiters;
      this.waiters = [];
      for (const go of waiting) go();
    }, INTERACTIVE_GRACE_MS);
  }
}

/**
 * Puts `pool` behind a gate: its promise-style `query` and `connect` (what Drizzle and the bulk
 * loads use) wait for the gate when called from background work and mark people's units otherwise.
 */
export function gatePool(pool: pg.Pool, gate = new PeopleFirstGate()): pg.Pool {
  const query = pool.query.bind(pool) as (...args: unknown[]) => Promise<unknown>;
  const connect = pool.connect.bind(pool) as (...args: unknown[]) => Promise<pg.PoolClient>;
  const gatedQuery = (...args: unknown[]): Promise<unknown> => {
    if (typeof args[args.length - 1] === 'function') return query(...args); // callback style: untouched
    if (workPriority() === 'background') return gate.background().then(() => query(...args));
    return gate.interactive(query(...args));
  };
  const gatedConnect = async (...args: unknown[]): Promise<pg.PoolClient> => {
    // Callback style is the pool's own `query` checking out a client: that query is counted already.
    if (typeof args[0] === 'function') return connect(...args);
    if (workPriority() === 'background') {
      await gate.background();
      return connect();
    }
    const client = await connect();
    let release!: () => void;
    void gate.interactive(new Promise<void>((resolve) => (release = resolve)));
    const original = client.release.bind(client);
    client.release = (error?: Error | boolean) => {
      release();
      client.release = original;
      return original(error);
    };
    return client;
  };
  Object.assign(pool, { query: gatedQuery, connect: gatedConnect });
  return pool;
}
