import type { Actor } from '../../../domain/access/policy.ts';
import type { DirectoryRows } from '../../../domain/directory/demoCounty/index.ts';
import type { AuditSeal, FieldCipher } from '../../crypto/fieldCipher.ts';
import { bulkLoad, toCsv, type RawQuery } from '../../db/bulkLoad.ts';
import type { Database } from '../../db/client.ts';
import { rawAuditSql, writeAudit } from '../../audit/auditWriter.ts';
import { directoryTableRows } from './tableRows.ts';

export interface LoadOptions {
  actor: Actor | null;
  actorUsername: string;
  requestId: string;
  now: Date;
  /** Seals the batch's audit row (the cipher of the running key). */
  seal: AuditSeal;
}

export interface DirectoryBatch {
  rows: DirectoryRows;
  /** More writes that must commit with the batch (e.g. the demo seed's progress). */
  alsoInTransaction?: (query: RawQuery) => Promise<void>;
}

/** A batch turned into COPY text, table by table in reference order (sensitive values encrypted). */
export interface PreparedDirectory {
  tables: { table: string; columns: readonly string[]; csv: string; count: number }[];
  /** the first region of the batch, for its audit event */
  region: string | null;
}

/**
 * Directory rows → COPY text: pinyin keys, SM4 cipher texts and blind indexes, CSV. Pure CPU
 * work, so bulk loads may run it in worker threads (src/server/seed/preparePool.ts).
 */
export function prepareDirectory(
  rows: DirectoryRows,
  cipher: FieldCipher,
  now: Date,
): PreparedDirectory {
  const tables = directoryTableRows(rows, cipher, now).map((t) => ({
    table: t.table,
    columns: t.columns,
    csv: t.rows.length > 0 ? toCsv(t.rows) : '',
    count: t.rows.length,
  }));
  return { tables, region: rows.regions[0]?.code ?? null };
}

/** Writes one prepared batch by COPY in one transaction with its audit event; adds its counts to `totals`. */
export async function loadPreparedDirectory(
  database: Database,
  prepared: PreparedDirectory,
  options: LoadOptions,
  alsoInTransaction?: (query: RawQuery) => Promise<void>,
  totals: Record<string, number> = {},
): Promise<void> {
  await bulkLoad(database, async (copy, query) => {
    for (const t of prepared.tables) {
      await copy(t.table, t.columns, { csv: t.csv, count: t.count });
      totals[t.table] = (totals[t.table] ?? 0) + t.count;
    }
    const counts = Object.fromEntries(prepared.tables.map((t) => [t.table, t.count]));
    await alsoInTransaction?.(query);
    await writeAudit(
      rawAuditSql(query, options.seal),
      [
        {
          action: 'directory.bulk_load',
          objectType: 'directory',
          regionCode: prepared.region,
          actorUsername: options.actorUsername,
          detail: { counts },
        },
      ],
      options,
    );
  });
}

/**
 * Writes batches of directory rows by COPY, each batch in one transaction with its audit event.
 * Returns the row count per table.
 */
export async function loadDirectory(
  database: Database,
  cipher: FieldCipher,
  batches: Iterable<DirectoryRows | DirectoryBatch>,
  options: LoadOptions,
  onBatch?: (done: number) => void,
): Promise<Record<string, number>> {
  const totals: Record<string, number> = {};
  let done = 0;
  for (const item of batches) {
    const { rows: batch, alsoInTransaction } =
      'rows' in item ? item : { rows: item, alsoInTransaction: undefined };
    await loadPreparedDirectory(
      database,
      prepareDirectory(batch, cipher, options.now),
      options,
      alsoInTransaction,
      totals,
    );
    onBatch?.(++done);
  }
  return totals;
}
