import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import type { Database, Db } from './client.ts';
import { gatePool } from './peopleFirstPool.ts';
import * as schema from './schema/index.ts';

/** After the replica fails, reads stay on the primary this long before it is tried again (the test shortens it). */
export const REPLICA_RETRY_MS = 5000;
/** A replica that does not accept a connection within this is taken as down. */
const CONNECT_TIMEOUT_MS = 2000;

export interface ReplicaLog {
  info(message: string): void;
  warn(message: string): void;
}

/** Where one read goes, and why (the log and the tests read the reason). */
export type ReadChoice =
  | { on: 'replica'; db: Db }
  | { on: 'primary'; reason: 'replica down' | 'own writes not replayed yet' };

// Errors raised by the replica's pool, so the route layer can tell them from the primary's.
const replicaErrors = new WeakSet<object>();

/** True when `error` (or what it wraps: Drizzle wraps driver errors) came from the replica. */
export function isReplicaError(error: unknown): boolean {
  for (let e = error, depth = 0; e && typeof e === 'object' && depth < 5; depth++) {
    if (replicaErrors.has(e)) return true;
    e = (e as { cause?: unknown }).cause;
  }
  return false;
}

function sqlState(error: unknown): string | undefined {
  for (let e = error, depth = 0; e && typeof e === 'object' && depth < 5; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}

/**
 * A write attempted on the standby (SQLSTATE 25006): a bug in a route marked as a replica read,
 * which must surface, not be hidden by a retry on the primary.
 */
export function isWriteOnReplica(error: unknown): boolean {
  return sqlState(error) === '25006';
}

/**
 * The replica cannot serve (no connection, shut down, starting up), as opposed to a statement of
 * its own failing (a recovery conflict cancelling a long report, SQLSTATE 40001): only the first
 * keeps reads off it for a while.
 */
function meansDown(error: unknown): boolean {
  const code = sqlState(error);
  return code === undefined || code.startsWith('08') || code.startsWith('57');
}

/**
 * A PostgreSQL streaming replica (`DATABASE_REPLICA_URL`) for the routes that declare
 * `reads: 'replica'`. Each account sees its own writes: after an account's write commits, the
 * primary's WAL position (`pg_current_wal_lsn()`) is noted for it, and its replica reads go to the
 * primary until the replica has replayed past that position (`pg_last_wal_replay_lsn()`). The
 * positions live in this process: several server processes behind one address need sticky
 * sessions for the rule to hold across them.
 */
export class ReadReplica {
  readonly db: Db;
  private readonly pool: pg.Pool;
  private downUntil = 0;
  private down = false;
  private readonly pending = new Map<string, string>();

  constructor(
    url: string,
    private readonly primary: pg.Pool,
    private log: ReplicaLog,
    private readonly retryMs = REPLICA_RETRY_MS,
    poolSize = 10,
  ) {
    this.pool = markErrors(
      gatePool(
        new pg.Pool({
          connectionString: url,
          max: poolSize,
          connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
        }),
      ),
    );
    // An idle connection cut by a replica going down must not crash the process.
    this.pool.on('error', (error) => this.failed(error));
    this.db = drizzlePg(this.pool, { schema }) as unknown as Db;
  }

  /** At start: says whether the replica answers and is a standby; never throws. */
  async probe(): Promise<string> {
    try {
      const { rows } = await this.pool.query<{ standby: boolean }>(
        'SELECT pg_is_in_recovery() AS standby',
      );
      return rows[0]?.standby
        ? 'standby, streaming'
        : 'answers but is not a standby (pg_is_in_recovery() is false): own writes always read from the primary';
    } catch (error) {
      this.failed(error);
      return `unreachable now (${(error as Error).message}): reads use the primary until it answers`;
    }
  }

  /** Called after `accountId`'s write has committed on the primary. */
  async noteWrite(accountId: string): Promise<void> {
    const { rows } = await this.primary.query<{ lsn: string }>(
      'SELECT pg_current_wal_lsn()::text AS lsn',
    );
    const lsn = rows[0]?.lsn;
    if (lsn) this.pending.set(accountId, lsn);
  }

  /** Where a replica read for `accountId` (null: no session) goes now. */
  async choose(accountId: string | null): Promise<ReadChoice> {
    if (performance.now() < this.downUntil) return { on: 'primary', reason: 'replica down' };
    if (this.down) {
      this.down = false;
      this.log.info('read replica: trying it again after it was down');
    }
    const lsn = accountId ? this.pending.get(accountId) : undefined;
    if (lsn === undefined) return { on: 'replica', db: this.db };
    let replayed: boolean;
    try {
      // NULL (not a standby) compares as not replayed: such an account stays on the primary.
      const { rows } = await this.pool.query<{ replayed: boolean | null }>(
        'SELECT pg_last_wal_replay_lsn() >= $1::pg_lsn AS replayed',
        [lsn],
      );
      replayed = rows[0]?.replayed === true;
    } catch (error) {
      this.failed(error);
      return { on: 'primary', reason: 'replica down' };
    }
    if (!replayed) return { on: 'primary', reason: 'own writes not replayed yet' };
    // Only a later write can make this account wait again: one that raced in keeps its own entry.
    if (accountId && this.pending.get(accountId) === lsn) this.pending.delete(accountId);
    return { on: 'replica', db: this.db };
  }

  /**
   * A replica read failed: keep reads off the replica for REPLICA_RETRY_MS when it is down.
   * Returns whether the read should be run again on the primary.
   */
  failed(error: unknown): boolean {
    if (isWriteOnReplica(error)) return false;
    if (meansDown(error)) {
      const wasUp = !this.down;
      this.down = true;
      this.downUntil = performance.now() + this.retryMs;
      if (wasUp)
        this.log.warn(
          `read replica unavailable (${(error as Error).message}): replica reads go to the primary, retrying the replica in ${this.retryMs / 1000} s`,
        );
    }
    return true;
  }

  /** The server's own log once it exists (buildApp), so its lines carry the same format. */
  logTo(log: ReplicaLog): void {
    this.log = log;
  }

  close(): Promise<void> {
    return this.pool.end();
  }
}

/** Tags every error of the pool's promise-style `query` and `connect` as the replica's. */
function markErrors(pool: pg.Pool): pg.Pool {
  const query = pool.query.bind(pool) as (...args: unknown[]) => unknown;
  const connect = pool.connect.bind(pool) as (...args: unknown[]) => unknown;
  const marked = new WeakSet<pg.PoolClient>();
  const mark = (error: unknown): never => {
    if (error && typeof error === 'object') replicaErrors.add(error);
    throw error;
  };
  const markedQuery = (...args: unknown[]): unknown => {
    const result = query(...args);
    return result instanceof Promise ? result.catch(mark) : result;
  };
  const markedConnect = (...args: unknown[]): unknown => {
    const result = connect(...args);
    // Callback style is the pool's own `query` checking out a client: its errors are tagged there.
    if (typeof args[0] === 'function' || !(result instanceof Promise)) return result;
    // A transaction's statements run on the checked-out client: tag its errors as well (once per
    // client; the pool hands the same clients out again).
    return result.then((client: pg.PoolClient | undefined) => {
      if (!client || marked.has(client)) return client;
      marked.add(client);
      const clientQuery = client.query.bind(client) as (...a: unknown[]) => unknown;
      (client as unknown as { query: unknown }).query = (...a: unknown[]) => {
        const r = clientQuery(...a);
        return r instanceof Promise ? r.catch(mark) : r;
      };
      return client;
    }, mark);
  };
  Object.assign(pool, { query: markedQuery, connect: markedConnect });
  return pool;
}

/** Where a postgres:// URL points, without its credentials (for the start banner). */
export function describeUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname}:${u.port || '5432'}${u.pathname}`;
  } catch {
    return '(unparsable URL)';
  }
}

/**
 * Opens `DATABASE_REPLICA_URL` beside the primary. The embedded database has no replica: the
 * setting is ignored there, and the note says so. A replica that does not answer at start is not
 * an error: reads use the primary until it does.
 */
export async function openReadReplica(
  url: string | undefined,
  database: Database,
  log: ReplicaLog,
  retryMs = REPLICA_RETRY_MS,
): Promise<{ replica?: ReadReplica; note: string | null }> {
  if (!url) return { note: null };
  if (database.raw.kind !== 'postgres')
    return {
      note: '忽略：内嵌数据库（PGlite）没有只读副本，全部读写走内嵌数据库 / DATABASE_REPLICA_URL ignored: the embedded database (PGlite) has no replica',
    };
  const replica = new ReadReplica(url, database.raw.pool, log, retryMs);
  return { replica, note: `${describeUrl(url)} — ${await replica.probe()}` };
}
