CREATE TABLE "insight_deltas" (
	"region_code" varchar(12) NOT NULL,
	"month" varchar(7) NOT NULL,
	"metric" text NOT NULL,
	"value" double precision NOT NULL
);
--> statement-breakpoint
-- What one case row contributes to the insight leaves, times `sign` (1 added, -1 taken away): the
-- same metrics modules/insights/leaves.ts counts from the cases table (a test compares a fold
-- with a rebuild). Zero values are left out, as the leaves leave them out.
CREATE OR REPLACE FUNCTION insight_case_contribution(integer, varchar, timestamptz, varchar,
  varchar, timestamptz, timestamptz, integer, smallint)
RETURNS TABLE (region_code varchar, month text, metric text, value float8) AS $$
  SELECT $2, to_char($3 AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM'), v.metric, $1 * v.value
  FROM (SELECT $4 IN ('resolved', 'confirmed', 'auto_confirmed', 'closed') AS done) r
  CROSS JOIN LATERAL (VALUES
    ('cases_received', 1::float8),
    ('cases_resolved', CASE WHEN r.done THEN 1 ELSE 0 END),
    ('cases_on_time', CASE WHEN $6 IS NOT NULL AND ($7 IS NULL OR $6 <= $7) THEN 1 ELSE 0 END),
    ('cases_escalated', CASE WHEN $8 > 0 THEN 1 ELSE 0 END),
    ('cases_rated', CASE WHEN $9 IS NOT NULL THEN 1 ELSE 0 END),
    ('cases_rating_sum', coalesce($9, 0)),
    ('cases_satisfied', CASE WHEN $9 >= 4 THEN 1 ELSE 0 END),
    ('disputes_received', CASE WHEN $5 = 'dispute' THEN 1 ELSE 0 END),
    ('disputes_resolved', CASE WHEN $5 = 'dispute' AND r.done THEN 1 ELSE 0 END)
  ) v(metric, value)
  WHERE v.value <> 0
$$ LANGUAGE sql STABLE;
--> statement-breakpoint
-- One statement's changes to cases, as signed contributions grouped per region, month and metric
-- (an update adds the new rows and takes away the old; what did not change cancels out).
CREATE OR REPLACE FUNCTION insight_case_deltas() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO insight_deltas (region_code, month, metric, value)
    SELECT d.region_code, d.month, d.metric, sum(d.value)
    FROM new_rows n, insight_case_contribution(1, n.region_code, n.created_at, n.state, n.kind,
      n.first_resolved_at, n.due_at, n.escalations, n.rating) d
    GROUP BY 1, 2, 3;
  ELSIF TG_OP = 'UPDATE' THEN
    INSERT INTO insight_deltas (region_code, month, metric, value)
    SELECT d.region_code, d.month, d.metric, sum(d.value)
    FROM (
      SELECT d.* FROM new_rows n, insight_case_contribution(1, n.region_code, n.created_at,
        n.state, n.kind, n.first_resolved_at, n.due_at, n.escalations, n.rating) d
      UNION ALL
      SELECT d.* FROM old_rows o, insight_case_contribution(-1, o.region_code, o.created_at,
        o.state, o.kind, o.first_resolved_at, o.due_at, o.escalations, o.rating) d
    ) d
    GROUP BY 1, 2, 3
    HAVING sum(d.value) <> 0;
  ELSE
    INSERT INTO insight_deltas (region_code, month, metric, value)
    SELECT d.region_code, d.month, d.metric, sum(d.value)
    FROM old_rows o, insight_case_contribution(-1, o.region_code, o.created_at, o.state, o.kind,
      o.first_resolved_at, o.due_at, o.escalations, o.rating) d
    GROUP BY 1, 2, 3;
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
-- What one evaluation row contributes, times `sign`: an awarded evaluation counts once, under its
-- star level, and under 3+ stars from level 3 (as leaves.ts counts them).
CREATE OR REPLACE FUNCTION insight_evaluation_contribution(integer, varchar, timestamptz,
  integer, text)
RETURNS TABLE (region_code varchar, month text, metric text, value float8) AS $$
  SELECT $2, to_char($3 AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM'), m.metric, $1::float8
  FROM (VALUES ('evaluations_awarded'), ('stars_' || $4),
    (CASE WHEN $4 >= 3 THEN 'stars_3plus' END)) m(metric)
  WHERE $5 = 'awarded' AND $3 IS NOT NULL AND m.metric IS NOT NULL
$$ LANGUAGE sql STABLE;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION insight_evaluation_deltas() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO insight_deltas (region_code, month, metric, value)
    SELECT d.region_code, d.month, d.metric, sum(d.value)
    FROM new_rows n,
      insight_evaluation_contribution(1, n.region_code, n.awarded_at, n.level, n.stage) d
    GROUP BY 1, 2, 3;
  ELSIF TG_OP = 'UPDATE' THEN
    INSERT INTO insight_deltas (region_code, month, metric, value)
    SELECT d.region_code, d.month, d.metric, sum(d.value)
    FROM (
      SELECT d.* FROM new_rows n,
        insight_evaluation_contribution(1, n.region_code, n.awarded_at, n.level, n.stage) d
      UNION ALL
      SELECT d.* FROM old_rows o,
        insight_evaluation_contribution(-1, o.region_code, o.awarded_at, o.level, o.stage) d
    ) d
    GROUP BY 1, 2, 3
    HAVING sum(d.value) <> 0;
  ELSE
    INSERT INTO insight_deltas (region_code, month, metric, value)
    SELECT d.region_code, d.month, d.metric, sum(d.value)
    FROM old_rows o,
      insight_evaluation_contribution(-1, o.region_code, o.awarded_at, o.level, o.stage) d
    GROUP BY 1, 2, 3;
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER cases_insight_insert AFTER INSERT ON cases REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION insight_case_deltas();
--> statement-breakpoint
CREATE TRIGGER cases_insight_update AFTER UPDATE ON cases
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION insight_case_deltas();
--> statement-breakpoint
CREATE TRIGGER cases_insight_delete AFTER DELETE ON cases REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION insight_case_deltas();
--> statement-breakpoint
CREATE TRIGGER evaluations_insight_insert AFTER INSERT ON evaluations
  REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION insight_evaluation_deltas();
--> statement-breakpoint
CREATE TRIGGER evaluations_insight_update AFTER UPDATE ON evaluations
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION insight_evaluation_deltas();
--> statement-breakpoint
CREATE TRIGGER evaluations_insight_delete AFTER DELETE ON evaluations
  REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION insight_evaluation_deltas();
--> statement-breakpoint
-- The fold updates roll-up values in place: room on each page keeps those updates on the page
-- (no new index entry), and the rebuild writes rows in key order, which the fold follows.
ALTER TABLE insight_rollups SET (fillfactor = 80);
--> statement-breakpoint
ALTER TABLE insight_leaves SET (fillfactor = 80);
--> statement-breakpoint
-- Changes the audit-log fold had not reached yet are in no delta: the first fold after this
-- migration rebuilds in full (it does so when the cursor row is missing).
DELETE FROM insight_fold_cursor;
