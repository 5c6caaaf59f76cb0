import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { rebuildInsights, refreshInsights } from './rollups.ts';

// The audit log is the change log: every write already appends a row naming its region inside its
// own transaction, so folding needs no hook in the cases or evaluation modules.
const FOLDED_TYPES = ['case', 'evaluation', 'evaluation_veto'];

const rowsOf = async <T>(db: Db, query: SQL): Promise<T[]> =>
  ((await db.execute(query)) as unknown as { rows: T[] }).rows;

/**
 * Folds the records changed since the last fold into the roll-ups: reads audit rows past the
 * cursor, recomputes the touched regions' leaves and their ancestors, moves the cursor. Returns
 * how many region codes were refreshed (-1 after a first full build).
 */
export async function foldInsightChanges(db: Db): Promise<number> {
  const cursorRows = await rowsOf<{ last_seq: string | number }>(
    db,
    sql`SELECT last_seq FROM insight_fold_cursor WHERE name = 'audit'`,
  );
  // No cursor yet (a fresh or upgraded database): the records before it are built in full once.
  if (cursorRows.length === 0) {
    await rebuildInsights(db);
    return -1;
  }
  const from = Number(cursorRows[0]?.last_seq ?? 0);
  const touched = await rowsOf<{ region_code: string }>(
    db,
    sql`
    SELECT DISTINCT region_code FROM audit_events
    WHERE seq > ${from} AND region_code IS NOT NULL
      AND object_type = ANY(string_to_array(${FOLDED_TYPES.join(',')}, ','))`,
  );
  const last = await rowsOf<{ top: string | number | null }>(
    db,
    sql`SELECT max(seq) AS top FROM audit_events WHERE seq > ${from}`,
  );
  const to = Number(last[0]?.top ?? from);
  const codes = touched.map((r) => r.region_code).filter((c) => /^\d{12}$/.test(c));
  await refreshInsights(db, codes);
  await db.execute(sql`
    INSERT INTO insight_fold_cursor (name, last_seq) VALUES ('audit', ${to})
    ON CONFLICT (name) DO UPDATE SET last_seq = excluded.last_seq`);
  return codes.length;
}
