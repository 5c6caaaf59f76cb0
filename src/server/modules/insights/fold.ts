import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { anyMetric, eachMetric, expandedToAncestors, metricList } from './rollupSql.ts';
import { lockInsights, rebuildInsights } from './rollups.ts';

const rowsOf = async <T>(db: Db, query: SQL): Promise<T[]> =>
  ((await db.execute(query)) as unknown as { rows: T[] }).rows;

/**
 * Folds the changes committed since the last fold into the roll-ups, as deltas. Every write to
 * `cases` or `evaluations` leaves, inside its own transaction, what it added to and took from the
 * records' counts (new contribution − old, per region code and month with a column per metric: a
 * case resolved, rated or escalated, an award revoked, a row deleted) in `insight_deltas`
 * (drizzle/0034, 0039). One statement takes those rows, sums them into one row per region and
 * month (several writes may have left one each), and adds them to the
 * region's and every ancestor's month, quarter and year row (`metric = metric + delta`, every
 * metric of a row in one update); rows whose metrics all reach zero are deleted, as a rebuild does
 * not store them. Rows are upserted in key order, which the rebuild's heap order follows too. A
 * change is taken exactly when it is committed, and once. Returns how many region codes changed
 * (-1 after a first full build).
 */
export async function foldInsightChanges(db: Db): Promise<number> {
  const outcome = await db.transaction(async (tx) => {
    await lockInsights(tx);
    // A day's changes sum in memory rather than in batches spilled to disk.
    await tx.execute(sql`SET LOCAL work_mem = '64MB'`);
    // No JIT: compiling this wide statement's expressions took longer (3.2 s of 9.6 s at 100,000
    // folded cases) than running them interpreted.
    await tx.execute(sql`SET LOCAL jit = off`);
    const built = await rowsOf<{ name: string }>(
      tx,
      sql`SELECT name FROM insight_fold_cursor WHERE name = 'audit'`,
    );
    // Never built (a fresh or upgraded database): the records before the deltas are built in full.
    if (built.length === 0) return null;
    const [result] = await rowsOf<{ codes: number; emptied: [string, string][] }>(
      tx,
      sql`
      WITH taken AS (
        DELETE FROM insight_deltas RETURNING region_code, month, ${metricList}
      ), d AS (
        SELECT region_code, month, ${eachMetric((c) => `sum(${c}) AS ${c}`)}
        FROM taken GROUP BY region_code, month
      ), folded AS (
        INSERT INTO insight_rollups AS r (region_code, level, period, ${metricList})
        ${expandedToAncestors(sql`SELECT * FROM d`)}
        ON CONFLICT (region_code, period) DO UPDATE SET
          ${eachMetric((c) => `${c} = r.${c} + EXCLUDED.${c}`)}
        RETURNING r.region_code, r.period, NOT ${anyMetric((c) => `r.${c}`)} AS empty
      )
      SELECT
        (SELECT count(*)::int FROM (SELECT DISTINCT region_code FROM d) c) AS codes,
        (SELECT coalesce(jsonb_agg(jsonb_build_array(region_code, period)), '[]')
          FROM folded WHERE empty) AS emptied`,
    );
    if (!result) return 0;
    // Rows that went back to zero: a rebuild stores no such row, so neither does the fold.
    if (result.emptied.length > 0)
      await tx.execute(sql`
        DELETE FROM insight_rollups r USING jsonb_array_elements(${JSON.stringify(result.emptied)}::jsonb) k
        WHERE r.region_code = k->>0 AND r.period = k->>1 AND NOT ${anyMetric((c) => `r.${c}`)}`);
    return result.codes;
  });
  if (outcome !== null) return outcome;
  await rebuildInsights(db);
  return -1;
}
