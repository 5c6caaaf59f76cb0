import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { getTableColumns, getTableName } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Transaction as PgliteTransaction } from '@electric-sql/pglite';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { Db, DbKind } from './client.ts';

/** What COPY needs of the caller's open transaction (a request's `Ctx` inside `transaction()`). */
export interface OpenTransaction {
  db: Db;
  dbKind: DbKind;
  inTransaction: boolean;
}

// The driver client behind a Drizzle transaction: node-postgres' PoolClient or PGlite's Transaction.
// Drizzle keeps it on the transaction's session; COPY is not part of Drizzle's API.
type SessionClient = { session?: { client?: unknown } };

function csvField(value: unknown): string {
  if (value === null || value === undefined) return '';
  let text: string;
  if (value instanceof Date) text = value.toISOString();
  else if (Array.isArray(value))
    text = `{${value.map((v) => `"${String(v).replace(/["\\]/g, (m) => `\\${m}`)}"`).join(',')}}`;
  else if (typeof value === 'object') text = JSON.stringify(value);
  else text = String(value as string | number | boolean);
  // Quoted always: an empty quoted string is '', an unquoted empty field is NULL.
  return `"${text.replace(/"/g, '""')}"`;
}

const CHUNK = 5000;

/**
 * Inserts `rows` into `table` by COPY inside the caller's open transaction (all-or-nothing with the
 * rest of it): many thousand rows without building a statement of 20,000 parameters per 1,000 rows.
 * Every column of the table is written; a value left undefined is NULL (so defaults do not apply).
 */
export async function copyInTransaction<T extends PgTable>(
  ctx: OpenTransaction,
  table: T,
  rows: readonly T['$inferInsert'][],
): Promise<void> {
  if (!ctx.inTransaction)
    throw new Error('copyInTransaction must run inside the transaction of the change');
  if (rows.length === 0) return;
  const columns = Object.entries(getTableColumns(table)).map(([key, column]) => ({
    key,
    name: column.name,
  }));
  const statement = (source: string) =>
    `COPY "${getTableName(table)}" (${columns.map((c) => `"${c.name}"`).join(', ')}) FROM ${source} WITH (FORMAT csv)`;
  function* csv(): Generator<string> {
    for (let i = 0; i < rows.length; i += CHUNK) {
      let out = '';
      for (const row of rows.slice(i, i + CHUNK))
        out +=
          columns.map((c) => csvField((row as Record<string, unknown>)[c.key])).join(',') + '\n';
      yield out;
    }
  }
  const client = (ctx.db as unknown as SessionClient).session?.client;
  if (!client) throw new Error('no driver client behind this transaction');
  if (ctx.dbKind === 'pglite') {
    await (client as PgliteTransaction).query(statement(`'/dev/blob'`), [], {
      blob: new Blob([...csv()]),
    });
    return;
  }
  await pipeline(
    Readable.from(csv()),
    (client as pg.PoolClient).query(copyFrom(statement('STDIN'))),
  );
}
