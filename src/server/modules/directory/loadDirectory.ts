import type { Actor } from '../../../domain/access/policy.ts';
import type { DirectoryRows } from '../../../domain/directory/demoCounty/index.ts';
import type { FieldCipher } from '../../crypto/fieldCipher.ts';
import { bulkLoad } from '../../db/bulkLoad.ts';
import type { Database } from '../../db/client.ts';
import { appendAuditRaw, type RawQuery } from '../../db/rawAudit.ts';
import { directoryTableRows } from './tableRows.ts';

export interface LoadOptions {
  actor: Actor | null;
  actorUsername: string;
  requestId: string;
  now: Date;
}

export interface DirectoryBatch {
  rows: DirectoryRows;
  /** More writes that must commit with the batch (e.g. the demo seed's progress). */
  alsoInTransaction?: (query: RawQuery) => Promise<void>;
}

/**
 * Writes batches of directory rows by COPY, each batch in one transaction with its audit event.
 * Returns the row count per table.
 */
export async function loadDirectory(database: Database, cipher: FieldCipher, batches: Iterable<DirectoryRows | DirectoryBatch>, options: LoadOptions, onBatch?: (done: number) => void): Promise<Record<string, number>> {
  const totals: Record<string, number> = {};
  let done = 0;
  for (const item of batches) {
    const { rows: batch, alsoInTransaction } = 'rows' in item ? item : { rows: item, alsoInTransaction: undefined };
    const tables = directoryTableRows(batch, cipher, options.now);
    await bulkLoad(database, async (copy, query) => {
      for (const t of tables) {
        await copy(t.table, t.columns, t.rows);
        totals[t.table] = (totals[t.table] ?? 0) + t.rows.length;
      }
      const counts = Object.fromEntries(tables.map((t) => [t.table, t.rows.length]));
      const region = batch.regions[0]?.code ?? null;
      await alsoInTransaction?.(query);
      await appendAuditRaw(query, { action: 'directory.bulk_load', objectType: 'directory', regionCode: region, actorUsername: options.actorUsername, detail: { counts } }, options);
    });
    onBatch?.(++done);
  }
  return totals;
}
