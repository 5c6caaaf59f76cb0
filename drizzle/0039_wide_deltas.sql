-- Deltas become one row per region code and month with a column per metric (issue 12: a spread fold
-- of 100,000 cases took and pivoted about 412,000 narrow rows). Pending narrow rows cannot be
-- reshaped in place: they are dropped with the cursor row, so the first fold after this migration
-- rebuilds in full.
DELETE FROM "insight_deltas";--> statement-breakpoint
DELETE FROM "insight_fold_cursor";--> statement-breakpoint
ALTER TABLE "insight_deltas" ADD COLUMN "cases_received" double precision DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "insight_deltas" ADD COLUMN "cases_resolved" double precision DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "insight_deltas" ADD COLUMN "cases_on_time" double precision DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "insight_deltas" ADD COLUMN "cases_escalated" double precision DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "insight_deltas" ADD COLUMN "cases_rated" double precision DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "insight_deltas" ADD COLUMN "cases_rating_sum" double precision DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "insight_deltas" ADD COLUMN "cases_satisfied" double precision DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "insight_deltas" ADD COLUMN "disputes_received" double precision DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "insight_deltas" ADD COLUMN "disputes_resolved" double precision DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "insight_deltas" ADD COLUMN "evaluations_awarded" double precision DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "insight_deltas" ADD COLUMN "stars_3plus" double precision DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "insight_deltas" ADD COLUMN "stars_0" double precision DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "insight_deltas" ADD COLUMN "stars_1" double precision DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "insight_deltas" ADD COLUMN "stars_2" double precision DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "insight_deltas" ADD COLUMN "stars_3" double precision DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "insight_deltas" ADD COLUMN "stars_4" double precision DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "insight_deltas" ADD COLUMN "stars_5" double precision DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "insight_deltas" ADD COLUMN "stars_6" double precision DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "insight_deltas" ADD COLUMN "stars_7" double precision DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "insight_deltas" ADD COLUMN "stars_8" double precision DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "insight_deltas" ADD COLUMN "stars_9" double precision DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "insight_deltas" ADD COLUMN "stars_10" double precision DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "insight_deltas" ADD COLUMN "income_fen" double precision DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "insight_deltas" ADD COLUMN "contracts_cleaned" double precision DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "insight_deltas" ADD COLUMN "cleanup_income_added_fen" double precision DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "insight_deltas" ADD COLUMN "dividends_paid_fen" double precision DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "insight_deltas" ADD COLUMN "trusteeship_sign_ups" double precision DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "insight_deltas" ADD COLUMN "trusteeship_area_hundredths" double precision DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "insight_deltas" DROP COLUMN "metric";--> statement-breakpoint
ALTER TABLE "insight_deltas" DROP COLUMN "value";--> statement-breakpoint
-- The statement that appends one trigger call's changes as wide rows: the changed rows'
-- contributions (`fn(sign, columns…)`, narrow rows from 0034 and 0038; an update adds the new rows
-- and takes away the old), summed per region code, month and metric with what cancels out left
-- out, then one row per region code and month with a column per metric. The columns are the
-- roll-ups' metrics (src/server/db/schema/insights.ts ROLLUP_METRICS); a metric no column names is
-- not counted, as the rebuild does not count it.
CREATE OR REPLACE FUNCTION insight_deltas_insert(op text, fn text, columns text) RETURNS text AS $$
  SELECT format('INSERT INTO insight_deltas (region_code, month, %s) '
      'SELECT region_code, month, %s FROM (SELECT region_code, month, metric, sum(value) AS value '
      'FROM (%s) d GROUP BY 1, 2, 3 HAVING sum(value) <> 0) g GROUP BY 1, 2',
    string_agg(quote_ident(m), ', ' ORDER BY i),
    string_agg(format('coalesce(sum(value) FILTER (WHERE metric = %L), 0)', m), ', ' ORDER BY i),
    CASE op
      WHEN 'INSERT' THEN format('SELECT d.* FROM new_rows, %s(1, %s) d', fn, columns)
      WHEN 'DELETE' THEN format('SELECT d.* FROM old_rows, %s(-1, %s) d', fn, columns)
      ELSE format('SELECT d.* FROM new_rows, %1$s(1, %2$s) d UNION ALL '
        'SELECT d.* FROM old_rows, %1$s(-1, %2$s) d', fn, columns)
    END)
  FROM unnest(ARRAY[
    'cases_received',
    'cases_resolved',
    'cases_on_time',
    'cases_escalated',
    'cases_rated',
    'cases_rating_sum',
    'cases_satisfied',
    'disputes_received',
    'disputes_resolved',
    'evaluations_awarded',
    'stars_3plus',
    'stars_0',
    'stars_1',
    'stars_2',
    'stars_3',
    'stars_4',
    'stars_5',
    'stars_6',
    'stars_7',
    'stars_8',
    'stars_9',
    'stars_10',
    'income_fen',
    'contracts_cleaned',
    'cleanup_income_added_fen',
    'dividends_paid_fen',
    'trusteeship_sign_ups',
    'trusteeship_area_hundredths'
  ]) WITH ORDINALITY AS t(m, i)
$$ LANGUAGE sql IMMUTABLE;
--> statement-breakpoint
-- The cases' and evaluations' triggers are written out (their plans are kept between calls, as
-- before): the same statement as insight_deltas_insert's, with the columns their contribution
-- functions can give.
-- A statement on cases: its nine metrics.
CREATE OR REPLACE FUNCTION insight_case_deltas() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO insight_deltas (region_code, month, cases_received, cases_resolved, cases_on_time, cases_escalated, cases_rated, cases_rating_sum, cases_satisfied, disputes_received, disputes_resolved)
    SELECT region_code, month,
      coalesce(sum(value) FILTER (WHERE metric = 'cases_received'), 0),
      coalesce(sum(value) FILTER (WHERE metric = 'cases_resolved'), 0),
      coalesce(sum(value) FILTER (WHERE metric = 'cases_on_time'), 0),
      coalesce(sum(value) FILTER (WHERE metric = 'cases_escalated'), 0),
      coalesce(sum(value) FILTER (WHERE metric = 'cases_rated'), 0),
      coalesce(sum(value) FILTER (WHERE metric = 'cases_rating_sum'), 0),
      coalesce(sum(value) FILTER (WHERE metric = 'cases_satisfied'), 0),
      coalesce(sum(value) FILTER (WHERE metric = 'disputes_received'), 0),
      coalesce(sum(value) FILTER (WHERE metric = 'disputes_resolved'), 0)
    FROM (SELECT d.region_code, d.month, d.metric, sum(d.value) AS value
      FROM (SELECT d.* FROM new_rows n, insight_case_contribution(1, n.region_code, n.created_at, n.state, n.kind, n.first_resolved_at, n.due_at, n.escalations, n.rating) d) d GROUP BY 1, 2, 3 HAVING sum(d.value) <> 0) g
    GROUP BY 1, 2;
  ELSIF TG_OP = 'UPDATE' THEN
    INSERT INTO insight_deltas (region_code, month, cases_received, cases_resolved, cases_on_time, cases_escalated, cases_rated, cases_rating_sum, cases_satisfied, disputes_received, disputes_resolved)
    SELECT region_code, month,
      coalesce(sum(value) FILTER (WHERE metric = 'cases_received'), 0),
      coalesce(sum(value) FILTER (WHERE metric = 'cases_resolved'), 0),
      coalesce(sum(value) FILTER (WHERE metric = 'cases_on_time'), 0),
      coalesce(sum(value) FILTER (WHERE metric = 'cases_escalated'), 0),
      coalesce(sum(value) FILTER (WHERE metric = 'cases_rated'), 0),
      coalesce(sum(value) FILTER (WHERE metric = 'cases_rating_sum'), 0),
      coalesce(sum(value) FILTER (WHERE metric = 'cases_satisfied'), 0),
      coalesce(sum(value) FILTER (WHERE metric = 'disputes_received'), 0),
      coalesce(sum(value) FILTER (WHERE metric = 'disputes_resolved'), 0)
    FROM (SELECT d.region_code, d.month, d.metric, sum(d.value) AS value
      FROM (SELECT d.* FROM new_rows n, insight_case_contribution(1, n.region_code, n.created_at, n.state, n.kind, n.first_resolved_at, n.due_at, n.escalations, n.rating) d
        UNION ALL SELECT d.* FROM old_rows o, insight_case_contribution(-1, o.region_code, o.created_at, o.state, o.kind, o.first_resolved_at, o.due_at, o.escalations, o.rating) d) d GROUP BY 1, 2, 3 HAVING sum(d.value) <> 0) g
    GROUP BY 1, 2;
  ELSE
    INSERT INTO insight_deltas (region_code, month, cases_received, cases_resolved, cases_on_time, cases_escalated, cases_rated, cases_rating_sum, cases_satisfied, disputes_received, disputes_resolved)
    SELECT region_code, month,
      coalesce(sum(value) FILTER (WHERE metric = 'cases_received'), 0),
      coalesce(sum(value) FILTER (WHERE metric = 'cases_resolved'), 0),
      coalesce(sum(value) FILTER (WHERE metric = 'cases_on_time'), 0),
      coalesce(sum(value) FILTER (WHERE metric = 'cases_escalated'), 0),
      coalesce(sum(value) FILTER (WHERE metric = 'cases_rated'), 0),
      coalesce(sum(value) FILTER (WHERE metric = 'cases_rating_sum'), 0),
      coalesce(sum(value) FILTER (WHERE metric = 'cases_satisfied'), 0),
      coalesce(sum(value) FILTER (WHERE metric = 'disputes_received'), 0),
      coalesce(sum(value) FILTER (WHERE metric = 'disputes_resolved'), 0)
    FROM (SELECT d.region_code, d.month, d.metric, sum(d.value) AS value
      FROM (SELECT d.* FROM old_rows o, insight_case_contribution(-1, o.region_code, o.created_at, o.state, o.kind, o.first_resolved_at, o.due_at, o.escalations, o.rating) d) d GROUP BY 1, 2, 3 HAVING sum(d.value) <> 0) g
    GROUP BY 1, 2;
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
-- A statement on evaluations: awards and stars 0–10.
CREATE OR REPLACE FUNCTION insight_evaluation_deltas() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO insight_deltas (region_code, month, evaluations_awarded, stars_3plus, stars_0, stars_1, stars_2, stars_3, stars_4, stars_5, stars_6, stars_7, stars_8, stars_9, stars_10)
    SELECT region_code, month,
      coalesce(sum(value) FILTER (WHERE metric = 'evaluations_awarded'), 0),
      coalesce(sum(value) FILTER (WHERE metric = 'stars_3plus'), 0),
      coalesce(sum(value) FILTER (WHERE metric = 'stars_0'), 0),
      coalesce(sum(value) FILTER (WHERE metric = 'stars_1'), 0),
      coalesce(sum(value) FILTER (WHERE metric = 'stars_2'), 0),
      coalesce(sum(value) FILTER (WHERE metric = 'stars_3'), 0),
      coalesce(sum(value) FILTER (WHERE metric = 'stars_4'), 0),
      coalesce(sum(value) FILTER (WHERE metric = 'stars_5'), 0),
      coalesce(sum(value) FILTER (WHERE metric = 'stars_6'), 0),
      coalesce(sum(value) FILTER (WHERE metric = 'stars_7'), 0),
      coalesce(sum(value) FILTER (WHERE metric = 'stars_8'), 0),
      coalesce(sum(value) FILTER (WHERE metric = 'stars_9'), 0),
      coalesce(sum(value) FILTER (WHERE metric = 'stars_10'), 0)
    FROM (SELECT d.region_code, d.month, d.metric, sum(d.value) AS value
      FROM (SELECT d.* FROM new_rows n, insight_evaluation_contribution(1, n.region_code, n.awarded_at, n.level, n.stage) d) d GROUP BY 1, 2, 3 HAVING sum(d.value) <> 0) g
    GROUP BY 1, 2;
  ELSIF TG_OP = 'UPDATE' THEN
    INSERT INTO insight_deltas (region_code, month, evaluations_awarded, stars_3plus, stars_0, stars_1, stars_2, stars_3, stars_4, stars_5, stars_6, stars_7, stars_8, stars_9, stars_10)
    SELECT region_code, month,
      coalesce(sum(value) FILTER (WHERE metric = 'evaluations_awarded'), 0),
      coalesce(sum(value) FILTER (WHERE metric = 'stars_3plus'), 0),
      coalesce(sum(value) FILTER (WHERE metric = 'stars_0'), 0),
      coalesce(sum(value) FILTER (WHERE metric = 'stars_1'), 0),
      coalesce(sum(value) FILTER (WHERE metric = 'stars_2'), 0),
      coalesce(sum(value) FILTER (WHERE metric = 'stars_3'), 0),
      coalesce(sum(value) FILTER (WHERE metric = 'stars_4'), 0),
      coalesce(sum(value) FILTER (WHERE metric = 'stars_5'), 0),
      coalesce(sum(value) FILTER (WHERE metric = 'stars_6'), 0),
      coalesce(sum(value) FILTER (WHERE metric = 'stars_7'), 0),
      coalesce(sum(value) FILTER (WHERE metric = 'stars_8'), 0),
      coalesce(sum(value) FILTER (WHERE metric = 'stars_9'), 0),
      coalesce(sum(value) FILTER (WHERE metric = 'stars_10'), 0)
    FROM (SELECT d.region_code, d.month, d.metric, sum(d.value) AS value
      FROM (SELECT d.* FROM new_rows n, insight_evaluation_contribution(1, n.region_code, n.awarded_at, n.level, n.stage) d
        UNION ALL SELECT d.* FROM old_rows o, insight_evaluation_contribution(-1, o.region_code, o.awarded_at, o.level, o.stage) d) d GROUP BY 1, 2, 3 HAVING sum(d.value) <> 0) g
    GROUP BY 1, 2;
  ELSE
    INSERT INTO insight_deltas (region_code, month, evaluations_awarded, stars_3plus, stars_0, stars_1, stars_2, stars_3, stars_4, stars_5, stars_6, stars_7, stars_8, stars_9, stars_10)
    SELECT region_code, month,
      coalesce(sum(value) FILTER (WHERE metric = 'evaluations_awarded'), 0),
      coalesce(sum(value) FILTER (WHERE metric = 'stars_3plus'), 0),
      coalesce(sum(value) FILTER (WHERE metric = 'stars_0'), 0),
      coalesce(sum(value) FILTER (WHERE metric = 'stars_1'), 0),
      coalesce(sum(value) FILTER (WHERE metric = 'stars_2'), 0),
      coalesce(sum(value) FILTER (WHERE metric = 'stars_3'), 0),
      coalesce(sum(value) FILTER (WHERE metric = 'stars_4'), 0),
      coalesce(sum(value) FILTER (WHERE metric = 'stars_5'), 0),
      coalesce(sum(value) FILTER (WHERE metric = 'stars_6'), 0),
      coalesce(sum(value) FILTER (WHERE metric = 'stars_7'), 0),
      coalesce(sum(value) FILTER (WHERE metric = 'stars_8'), 0),
      coalesce(sum(value) FILTER (WHERE metric = 'stars_9'), 0),
      coalesce(sum(value) FILTER (WHERE metric = 'stars_10'), 0)
    FROM (SELECT d.region_code, d.month, d.metric, sum(d.value) AS value
      FROM (SELECT d.* FROM old_rows o, insight_evaluation_contribution(-1, o.region_code, o.awarded_at, o.level, o.stage) d) d GROUP BY 1, 2, 3 HAVING sum(d.value) <> 0) g
    GROUP BY 1, 2;
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
-- The economy's generic trigger function builds its statement from the trigger's arguments (the
-- transition tables are seen by the trigger function's own statements only, so it executes it).
CREATE OR REPLACE FUNCTION insight_economy_deltas() RETURNS trigger AS $$
BEGIN
  EXECUTE insight_deltas_insert(TG_OP, TG_ARGV[0], TG_ARGV[1]);
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
