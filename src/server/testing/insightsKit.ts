import { asc, eq } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { insightRollups, type RollupMetric } from '../db/schema/index.ts';
import { rollupRows } from '../modules/insights/rollupRows.ts';

/** Every roll-up row in key order: what a fold and a full rebuild must agree on. */
export const rollupSnapshot = (db: Db) =>
  db
    .select()
    .from(insightRollups)
    .orderBy(asc(insightRollups.regionCode), asc(insightRollups.period));

/** One region's figure for one metric and period (0 when the roll-ups hold no row for it). */
export async function rollupValue(
  db: Db,
  code: string,
  period: string,
  metric: RollupMetric,
): Promise<number> {
  const [row] = await rollupRows(db, eq(insightRollups.regionCode, code), [period]);
  return row?.[metric] ?? 0;
}
