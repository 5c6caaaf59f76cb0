import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { pivoted } from './rollupSql.ts';

// What the records say per exact region code and Shanghai month: the leaves the rebuild sums up.
const month = (column: SQL) => sql`to_char(${column} AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM')`;
const RESOLVED = sql`c.state IN ('resolved','confirmed','auto_confirmed','closed')`;

/** The rebuild's scratch table of leaves, dropped at the end of the rebuild's transaction. */
export const LEAVES = sql.raw('insight_leaves_build');

/**
 * Computes every leaf from the records for the full rebuild, one row per exact region code and
 * month with a column per metric, into a temporary table. The fold adds the same metrics per
 * changed row from the triggers' deltas (drizzle/0034_insight_deltas.sql): a metric added here
 * must be added there too, and the test comparing fold with rebuild says when they differ.
 */
export async function buildLeaves(db: Db): Promise<void> {
  await db.execute(sql`
    CREATE TEMP TABLE ${LEAVES} ON COMMIT DROP AS ${pivoted(sql`
    SELECT s.region_code, s.month, v.metric, v.value
    FROM (
      SELECT c.region_code, ${month(sql`c.created_at`)} AS month,
        count(*)::float8 AS received,
        (count(*) FILTER (WHERE ${RESOLVED}))::float8 AS resolved,
        (count(*) FILTER (WHERE c.first_resolved_at IS NOT NULL
          AND (c.due_at IS NULL OR c.first_resolved_at <= c.due_at)))::float8 AS on_time,
        (count(*) FILTER (WHERE c.escalations > 0))::float8 AS escalated,
        count(c.rating)::float8 AS rated,
        coalesce(sum(c.rating), 0)::float8 AS rating_sum,
        (count(*) FILTER (WHERE c.rating >= 4))::float8 AS satisfied,
        (count(*) FILTER (WHERE c.kind = 'dispute'))::float8 AS disputes,
        (count(*) FILTER (WHERE c.kind = 'dispute' AND ${RESOLVED}))::float8 AS disputes_resolved
      FROM cases c
      GROUP BY 1, 2
    ) s
    CROSS JOIN LATERAL (VALUES
      ('cases_received', s.received), ('cases_resolved', s.resolved), ('cases_on_time', s.on_time),
      ('cases_escalated', s.escalated), ('cases_rated', s.rated), ('cases_rating_sum', s.rating_sum),
      ('cases_satisfied', s.satisfied), ('disputes_received', s.disputes),
      ('disputes_resolved', s.disputes_resolved)
    ) v(metric, value)
    WHERE v.value <> 0
    UNION ALL
    SELECT e.region_code, ${month(sql`e.awarded_at`)}, m.metric, count(*)::float8
    FROM evaluations e
    CROSS JOIN LATERAL (VALUES ('evaluations_awarded'), ('stars_' || e.level),
      (CASE WHEN e.level >= 3 THEN 'stars_3plus' END)) m(metric)
    WHERE e.stage = 'awarded' AND e.awarded_at IS NOT NULL AND m.metric IS NOT NULL
    GROUP BY 1, 2, 3`)}`);
}
