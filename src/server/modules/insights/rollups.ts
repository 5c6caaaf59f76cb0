import { sql } from 'drizzle-orm';
import {
  LEVEL_PREFIX_LENGTH,
  REGION_LEVELS,
  type RegionLevel,
} from '../../../domain/region/regionCode.ts';
import type { Db } from '../../db/client.ts';
import { buildLeaves, LEAVES } from './leaves.ts';
import { anyMetric, eachMetric, LEVEL_PATTERN, metricList, periodsOf } from './rollupSql.ts';

/** A code's exact level in SQL: the most zeros it ends with wins. */
const levelSql = (column: string) =>
  sql.raw(
    `CASE ${REGION_LEVELS.slice(0, 4)
      .map((l) => `WHEN ${column} LIKE '${LEVEL_PATTERN[l]}' THEN '${l}'`)
      .join(' ')} ELSE 'village' END`,
  );

/**
 * Recomputes the roll-ups of one level from scratch: each region's own leaves (month → month,
 * quarter, year) plus its children's roll-ups.
 */
async function rollUpLevel(db: Db, level: RegionLevel): Promise<void> {
  const n = LEVEL_PREFIX_LENGTH[level];
  const child = REGION_LEVELS[REGION_LEVELS.indexOf(level) + 1];
  // A village stores its months only (rollupRows.ts sums its quarters and year on read), so a
  // township sums its villages' months into each of its own periods.
  const children = child
    ? child === 'village'
      ? sql`SELECT rpad(substr(r.region_code, 1, ${n}), 12, '0') AS code, p.period, ${eachMetric((c) => `r.${c}`)}
          FROM insight_rollups r CROSS JOIN LATERAL ${periodsOf('r.period')} p(period)
          WHERE r.level = ${child}`
      : sql`SELECT rpad(substr(r.region_code, 1, ${n}), 12, '0') AS code, r.period, ${eachMetric((c) => `r.${c}`)}
          FROM insight_rollups r WHERE r.level = ${child}`
    : sql`SELECT NULL::varchar AS code, NULL::varchar AS period, ${eachMetric((c) => `0::float8 AS ${c}`)}
          WHERE false`;
  await db.execute(sql`DELETE FROM insight_rollups WHERE level = ${level}`);
  await db.execute(sql`
    INSERT INTO insight_rollups (region_code, level, period, ${metricList})
    SELECT x.code, ${level}, x.period, ${eachMetric((c) => `sum(x.${c})`)}
    FROM (
      SELECT l.region_code AS code, p.period, ${eachMetric((c) => `l.${c}`)}
      FROM ${LEAVES} l
      CROSS JOIN LATERAL ${level === 'village' ? sql.raw('(VALUES (l.month))') : periodsOf('l.month')} p(period)
      WHERE ${levelSql('l.region_code')} = ${level}
      UNION ALL ${children}
    ) x
    GROUP BY x.code, x.period
    HAVING ${anyMetric((c) => `sum(x.${c})`)}
    ORDER BY x.code, x.period`);
}

/**
 * Folds and rebuilds one at a time. A table lock rather than a SELECT: in a repeatable-read
 * transaction the snapshot is taken by the first query, so the rebuild's snapshot comes after the
 * lock, past any fold that held it. Writers never touch this table, so they never wait on it.
 */
export const lockInsights = (tx: Db) =>
  tx.execute(sql`LOCK TABLE insight_fold_cursor IN EXCLUSIVE MODE`);

/**
 * Full rebuild: every leaf from the records, then every level bottom-up, in one repeatable-read
 * transaction, which also drops the pending deltas it can see (their changes are in its snapshot
 * of the records); changes committed after its snapshot stay pending for the next fold. The
 * cursor row marks the roll-ups as built (and still records the audit log's end as read then).
 */
export async function rebuildInsights(db: Db): Promise<void> {
  await db.transaction(
    async (tx) => {
      await lockInsights(tx);
      const [top] = (
        (await tx.execute(
          sql`SELECT coalesce(max(seq), 0) AS top FROM audit_events`,
        )) as unknown as {
          rows: { top: string | number }[];
        }
      ).rows;
      await tx.execute(sql`DELETE FROM insight_deltas`);
      await buildLeaves(tx);
      for (const level of [...REGION_LEVELS].reverse()) await rollUpLevel(tx, level);
      await tx.execute(sql`DROP TABLE ${LEAVES}`);
      await tx.execute(sql`
      INSERT INTO insight_fold_cursor (name, last_seq) VALUES ('audit', ${Number(top?.top ?? 0)})
      ON CONFLICT (name) DO UPDATE SET last_seq = excluded.last_seq`);
    },
    { isolationLevel: 'repeatable read' },
  );
  // Fresh statistics for the dashboards' reads. VACUUM frees the pages of the deltas the rebuild
  // deleted, so the next fold does not read them (after a bulk load, far more than a day's).
  await db.execute(sql`ANALYZE insight_rollups`);
  await db.execute(sql`VACUUM insight_deltas`);
}
