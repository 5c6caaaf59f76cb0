import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { from as copyFrom } from 'pg-copy-streams';
import type { Database } from './client.ts';

/** A statement on the driver's own open transaction (what bulk loads hold instead of Drizzle's). */
export type RawQuery = (
  text: string,
  params: unknown[],
) => Promise<{ rows: Record<string, unknown>[] }>;

export type CopyValue =
  string | number | boolean | null | readonly string[] | Record<string, unknown>;
export type CopyRows = (
  table: string,
  columns: readonly string[],
  rows: readonly (readonly CopyValue[])[] | PreparedCsv,
) => Promise<void>;

/** Rows already turned into COPY CSV text (e.g. in a worker thread), with their count. */
export interface PreparedCsv {
  csv: string;
  count: number;
}

const isPrepared = (rows: readonly (readonly CopyValue[])[] | PreparedCsv): rows is PreparedCsv =>
  'csv' in rows;

function csvField(value: CopyValue): string {
  if (value === null) return '';
  let text: string;
  if (Array.isArray(value))
    text = `{${value.map((v) => `"${String(v).replace(/["\\]/g, (m) => `\\${m}`)}"`).join(',')}}`;
  else if (typeof value === 'object') text = JSON.stringify(value);
  else text = String(value);
  // Quoted always: an empty quoted string is '', an unquoted empty field is NULL.
  return `"${text.replace(/"/g, '""')}"`;
}

/** Rows as COPY CSV text (every field quoted, NULL as an empty field). */
export function toCsv(rows: readonly (readonly CopyValue[])[]): string {
  let out = '';
  for (const row of rows) out += row.map(csvField).join(',') + '\n';
  return out;
}

/**
 * Loads many rows with COPY, all inside one transaction: either every table is written or none.
 * PostgreSQL streams through pg-copy-streams; PGlite reads the same CSV from a blob.
 */
export async function bulkLoad(
  database: Database,
  fill: (copy: CopyRows, query: RawQuery) => Promise<void>,
): Promise<void> {
  const statement = (table: string, columns: readonly string[], source: string) =>
    `COPY ${table} (${columns.map((c) => `"${c}"`).join(', ')}) FROM ${source} WITH (FORMAT csv)`;
  if (database.raw.kind === 'pglite') {
    await database.raw.client.transaction(async (tx) => {
      const query: RawQuery = async (text, params) => ({
        rows: (await tx.query<Record<string, unknown>>(text, params)).rows,
      });
      await fill(async (table, columns, rows) => {
        const csv = isPrepared(rows) ? rows.csv : rows.length === 0 ? '' : toCsv(rows);
        if (csv === '') return;
        await tx.query(statement(table, columns, `'/dev/blob'`), [], { blob: new Blob([csv]) });
      }, query);
    });
    return;
  }
  const client = await database.raw.pool.connect();
  try {
    await client.query('BEGIN');
    const query: RawQuery = async (text, params) => ({
      rows: (await client.query<Record<string, unknown>>(text, params)).rows,
    });
    await fill(async (table, columns, rows) => {
      if (isPrepared(rows) ? rows.csv === '' : rows.length === 0) return;
      const CHUNK = 5000;
      const chunks = function* () {
        if (isPrepared(rows)) yield rows.csv;
        else for (let i = 0; i < rows.length; i += CHUNK) yield toCsv(rows.slice(i, i + CHUNK));
      };
      await pipeline(
        Readable.from(chunks()),
        client.query(copyFrom(statement(table, columns, 'STDIN'))),
      );
    }, query);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
