import type { ExtractTablesWithRelations } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import { gatePool } from './peopleFirstPool.ts';
import { PgliteThreadClient, type PgliteClient } from './pgliteClient.ts';
import * as schema from './schema/index.ts';

export type Schema = typeof schema;
/** A database handle or an open transaction: queries take either. */
export type Db = PgDatabase<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;

export type DbKind = 'pglite' | 'postgres';

export interface Database {
  kind: DbKind;
  db: Db;
  /** The driver's own client, for what Drizzle does not do (COPY). */
  raw: { kind: 'pglite'; client: PgliteClient } | { kind: 'postgres'; pool: pg.Pool };
  close(): Promise<void>;
}

/**
 * Embedded PostgreSQL in a worker thread of this process (pgliteClient.ts); `dataDir` undefined
 * keeps it in memory (tests), started from the dumped data directory `template` when given.
 */
export async function openPglite(dataDir?: string, template?: string): Promise<Database> {
  const client = new PgliteThreadClient(dataDir, template);
  await client.waitReady;
  const db = drizzlePglite({ client: client as never, schema }) as unknown as Db;
  return { kind: 'pglite', db, raw: { kind: 'pglite', client }, close: () => client.close() };
}

export async function openPostgres(url: string, poolSize = 10): Promise<Database> {
  // People's statements before background work (peopleFirstPool.ts), as on the embedded database.
  const pool = gatePool(new pg.Pool({ connectionString: url, max: poolSize }));
  // An idle client cut off by the server (restart, admin terminating backends) must not crash the
  // process: the pool drops it and the next query opens a new connection.
  pool.on('error', (error) => {
    process.emitWarning(`PostgreSQL connection lost: ${error.message}`);
  });
  // Fail fast with a clear message instead of on the first request.
  const probe = await pool.connect();
  probe.release();
  const db = drizzlePg(pool, { schema }) as unknown as Db;
  return { kind: 'postgres', db, raw: { kind: 'postgres', pool }, close: () => pool.end() };
}
