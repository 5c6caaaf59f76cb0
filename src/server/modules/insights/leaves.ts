import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { pivoted } from './rollupSql.ts';

// What the records say per exact region code and Shanghai month: the leaves the rebuild sums up.
const month = (column: SQL) => sql`to_char(${column} AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM')`;
const RESOLVED = sql`c.state IN ('resolved','confirmed','auto_confirmed','closed')`;

/**
 * The collective economy's metrics from its books (issue 13 part 8), as the triggers of
 * drizzle/0038_economy_rollups.sql count them: the income ledger by the entry's day, 清化收 outcomes
 * by their day, published dividend runs' household share by the Shanghai month of publication, and
 * active 托管 sign-ups with their area by the season's start.
 */
const ECONOMY_LEAVES = sql`
    SELECT i.region_code, to_char(i.posted_on, 'YYYY-MM'), 'income_fen', sum(i.amount_fen)::float8
    FROM economy_income_entries i
    GROUP BY 1, 2
    UNION ALL
    SELECT c.region_code, to_char(c.outcome_on, 'YYYY-MM'), v.metric, sum(v.value)
    FROM economy_contracts c
    CROSS JOIN LATERAL (VALUES ('contracts_cleaned', 1::float8),
      ('cleanup_income_added_fen', coalesce(c.income_added_fen, 0)::float8)) v(metric, value)
    WHERE c.outcome IS NOT NULL AND c.outcome_on IS NOT NULL
    GROUP BY 1, 2, 3
    UNION ALL
    SELECT d.region_code, ${month(sql`d.published_at`)}, 'dividends_paid_fen',
      sum(d.households_fen)::float8
    FROM economy_dividend_runs d
    WHERE d.status = 'published' AND d.published_at IS NOT NULL
    GROUP BY 1, 2
    UNION ALL
    SELECT s.region_code, to_char(s.starts_on, 'YYYY-MM'), v.metric, sum(v.value)
    FROM economy_trusteeship_sign_ups s
    CROSS JOIN LATERAL (VALUES ('trusteeship_sign_ups', 1::float8),
      ('trusteeship_area_hundredths', s.area_hundredths::float8)) v(metric, value)
    WHERE s.status = 'active'
    GROUP BY 1, 2, 3`;

/** The rebuild's scratch table of leaves, dropped at the end of the rebuild's transaction. */
export const LEAVES = sql.raw('insight_leaves_build');

/**
 * Computes every leaf from the records for the full rebuild, one row per exact region code and
 * month with a column per metric, into a temporary table. The fold adds the same metrics per
 * changed row from the triggers' deltas (drizzle/0034_insight_deltas.sql, 0038): a metric added here
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
    GROUP BY 1, 2, 3
    UNION ALL ${ECONOMY_LEAVES}`)}`);
}
