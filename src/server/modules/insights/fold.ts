import { sql, type SQL } from 'drizzle-orm';
import { LEVEL_PREFIX_LENGTH, REGION_LEVELS } from '../../../domain/region/regionCode.ts';
import type { Db } from '../../db/client.ts';
import { LEVEL_PATTERN, lockInsights, rebuildInsights } from './rollups.ts';

const rowsOf = async <T>(db: Db, query: SQL): Promise<T[]> =>
  ((await db.execute(query)) as unknown as { rows: T[] }).rows;

/** The digits that identify a code's own level (2 for a province … 12 for a village), in SQL. */
const ownDigits = (column: string) =>
  sql.raw(
    `CASE ${REGION_LEVELS.slice(0, 4)
      .map((l) => `WHEN ${column} LIKE '${LEVEL_PATTERN[l]}' THEN ${LEVEL_PREFIX_LENGTH[l]}`)
      .join(' ')} ELSE 12 END`,
  );
const LEVELS = sql.raw(
  `(VALUES ${REGION_LEVELS.map((l) => `('${l}', ${LEVEL_PREFIX_LENGTH[l]})`).join(', ')})`,
);

type Key = [string, string, string];

/**
 * Folds the changes committed since the last fold into the roll-ups, as deltas. Every write to
 * `cases` or `evaluations` leaves, inside its own transaction, what it added to and took from the
 * leaves (new contribution − old, per region code, month and metric: a case resolved, rated or
 * escalated, an award revoked, a row deleted) in `insight_deltas` (drizzle/0034). One statement
 * takes those rows, sums them, adds them to the leaves and to the region's and every ancestor's
 * month, quarter and year roll-up (`value = value + delta`), and the rows that reach zero are
 * deleted, as a rebuild does not store them. Rows are upserted in key order, which the rebuild's
 * heap order follows too, so a big fold walks the index and the table forward instead of at random. A change is taken exactly when it is committed, and
 * once. Returns how many region codes' leaves changed (-1 after a first full build).
 */
export async function foldInsightChanges(db: Db): Promise<number> {
  const outcome = await db.transaction(async (tx) => {
    await lockInsights(tx);
    // A day's changes sum in memory rather than in batches spilled to disk.
    await tx.execute(sql`SET LOCAL work_mem = '64MB'`);
    const built = await rowsOf<{ name: string }>(
      tx,
      sql`SELECT name FROM insight_fold_cursor WHERE name = 'audit'`,
    );
    // Never built (a fresh or upgraded database): the records before the deltas are built in full.
    if (built.length === 0) return null;
    const [result] = await rowsOf<{ codes: number; leaves: Key[]; rollups: Key[] }>(
      tx,
      sql`
      WITH taken AS (
        DELETE FROM insight_deltas RETURNING region_code, month, metric, value
      ), d AS (
        SELECT region_code, month, metric, sum(value) AS value FROM taken
        GROUP BY 1, 2, 3 HAVING sum(value) <> 0
      ), leaves AS (
        INSERT INTO insight_leaves AS l (region_code, month, metric, value)
        SELECT region_code, month, metric, value FROM d ORDER BY 1, 2, 3
        ON CONFLICT (region_code, month, metric) DO UPDATE SET value = l.value + EXCLUDED.value
        RETURNING l.region_code, l.month, l.metric, l.value
      ), rollups AS (
        INSERT INTO insight_rollups AS r (region_code, level, period, metric, value)
        SELECT a.code, a.level, p.period, d.metric, sum(d.value)
        FROM d
        CROSS JOIN LATERAL (
          SELECT rpad(substr(d.region_code, 1, lv.n), 12, '0') AS code, lv.level
          FROM ${LEVELS} lv(level, n) WHERE lv.n <= ${ownDigits('d.region_code')}
        ) a
        CROSS JOIN LATERAL (VALUES (d.month),
          (substr(d.month, 1, 4) || '-Q' || ((substr(d.month, 6, 2)::int + 2) / 3)),
          (substr(d.month, 1, 4))) p(period)
        GROUP BY 1, 2, 3, 4 HAVING sum(d.value) <> 0
        ORDER BY 1, 3, 4
        ON CONFLICT (region_code, period, metric) DO UPDATE SET value = r.value + EXCLUDED.value
        RETURNING r.region_code, r.period, r.metric, r.value
      )
      SELECT
        (SELECT count(DISTINCT region_code)::int FROM d) AS codes,
        (SELECT coalesce(jsonb_agg(jsonb_build_array(region_code, month, metric)), '[]')
          FROM leaves WHERE value = 0) AS leaves,
        (SELECT coalesce(jsonb_agg(jsonb_build_array(region_code, period, metric)), '[]')
          FROM rollups WHERE value = 0) AS rollups`,
    );
    if (!result) return 0;
    // Counts that went back to zero: a rebuild stores no zero row, so neither does the fold.
    if (result.leaves.length > 0)
      await tx.execute(sql`
        DELETE FROM insight_leaves l USING jsonb_array_elements(${JSON.stringify(result.leaves)}::jsonb) k
        WHERE l.region_code = k->>0 AND l.month = k->>1 AND l.metric = k->>2 AND l.value = 0`);
    if (result.rollups.length > 0)
      await tx.execute(sql`
        DELETE FROM insight_rollups r USING jsonb_array_elements(${JSON.stringify(result.rollups)}::jsonb) k
        WHERE r.region_code = k->>0 AND r.period = k->>1 AND r.metric = k->>2 AND r.value = 0`);
    return result.codes;
  });
  if (outcome !== null) return outcome;
  await rebuildInsights(db);
  return -1;
}
