ALTER TABLE "insight_rollups" ADD COLUMN "income_fen" double precision DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "insight_rollups" ADD COLUMN "contracts_cleaned" double precision DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "insight_rollups" ADD COLUMN "cleanup_income_added_fen" double precision DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "insight_rollups" ADD COLUMN "dividends_paid_fen" double precision DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "insight_rollups" ADD COLUMN "trusteeship_sign_ups" double precision DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "insight_rollups" ADD COLUMN "trusteeship_area_hundredths" double precision DEFAULT 0 NOT NULL;--> statement-breakpoint
-- The collective economy's roll-up metrics (issue 13 part 8), kept by the same deltas as the cases'
-- (0034): what one row of a table contributes, times the sign (1 added, -1 taken away), per region
-- code, month and metric, exactly as modules/insights/leaves.ts counts it from the records (a test
-- compares a fold with a rebuild). Zero values are left out, as the leaves leave them out.
-- The income ledger: every entry by its day (a reversal is a negative entry on the original's day).
CREATE OR REPLACE FUNCTION insight_income_contribution(integer, varchar, date, bigint)
RETURNS TABLE (region_code varchar, month text, metric text, value float8) AS $$
  SELECT $2, to_char($3, 'YYYY-MM'), 'income_fen', ($1 * $4)::float8
  WHERE $4 <> 0
$$ LANGUAGE sql IMMUTABLE;
--> statement-breakpoint
-- 清化收: a contract whose outcome is recorded counts as cleaned on the outcome's day, with the
-- yearly income the outcome added.
CREATE OR REPLACE FUNCTION insight_contract_contribution(integer, varchar, text, date, bigint)
RETURNS TABLE (region_code varchar, month text, metric text, value float8) AS $$
  SELECT $2, to_char($4, 'YYYY-MM'), v.metric, $1 * v.value
  FROM (VALUES ('contracts_cleaned', 1::float8),
    ('cleanup_income_added_fen', coalesce($5, 0)::float8)) v(metric, value)
  WHERE $3 IS NOT NULL AND $4 IS NOT NULL AND v.value <> 0
$$ LANGUAGE sql IMMUTABLE;
--> statement-breakpoint
-- 分红: what a published run paid the households, in the Shanghai month it was published.
CREATE OR REPLACE FUNCTION insight_dividend_contribution(integer, varchar, text, timestamptz,
  bigint)
RETURNS TABLE (region_code varchar, month text, metric text, value float8) AS $$
  SELECT $2, to_char($4 AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM'), 'dividends_paid_fen',
    ($1 * $5)::float8
  WHERE $3 = 'published' AND $4 IS NOT NULL AND $5 <> 0
$$ LANGUAGE sql STABLE;
--> statement-breakpoint
-- 农业托管: an active sign-up (a household and crop group) and its area, in its season's first month.
CREATE OR REPLACE FUNCTION insight_sign_up_contribution(integer, varchar, text, date, integer)
RETURNS TABLE (region_code varchar, month text, metric text, value float8) AS $$
  SELECT $2, to_char($4, 'YYYY-MM'), v.metric, $1 * v.value
  FROM (VALUES ('trusteeship_sign_ups', 1::float8),
    ('trusteeship_area_hundredths', $5::float8)) v(metric, value)
  WHERE $3 = 'active' AND v.value <> 0
$$ LANGUAGE sql IMMUTABLE;
--> statement-breakpoint
-- One statement's changes to an economy table as signed contributions grouped per region, month
-- and metric (an update adds the new rows and takes away the old; what did not change cancels
-- out). The trigger's arguments name the table's contribution function and the columns it reads.
CREATE OR REPLACE FUNCTION insight_economy_deltas() RETURNS trigger AS $$
DECLARE
  added text := format('SELECT d.* FROM new_rows, %s(1, %s) d', TG_ARGV[0], TG_ARGV[1]);
  taken text := format('SELECT d.* FROM old_rows, %s(-1, %s) d', TG_ARGV[0], TG_ARGV[1]);
  rows_changed text;
BEGIN
  rows_changed := CASE TG_OP
    WHEN 'INSERT' THEN added
    WHEN 'DELETE' THEN taken
    ELSE added || ' UNION ALL ' || taken END;
  EXECUTE 'INSERT INTO insight_deltas (region_code, month, metric, value)
    SELECT d.region_code, d.month, d.metric, sum(d.value) FROM (' || rows_changed || ') d
    GROUP BY 1, 2, 3 HAVING sum(d.value) <> 0';
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER economy_income_entries_insight_insert AFTER INSERT ON economy_income_entries
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION insight_economy_deltas('insight_income_contribution',
    'region_code, posted_on, amount_fen');
--> statement-breakpoint
CREATE TRIGGER economy_income_entries_insight_update AFTER UPDATE ON economy_income_entries
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION insight_economy_deltas('insight_income_contribution',
    'region_code, posted_on, amount_fen');
--> statement-breakpoint
CREATE TRIGGER economy_income_entries_insight_delete AFTER DELETE ON economy_income_entries
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT
  EXECUTE FUNCTION insight_economy_deltas('insight_income_contribution',
    'region_code, posted_on, amount_fen');
--> statement-breakpoint
CREATE TRIGGER economy_contracts_insight_insert AFTER INSERT ON economy_contracts
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION insight_economy_deltas('insight_contract_contribution',
    'region_code, outcome, outcome_on, income_added_fen');
--> statement-breakpoint
CREATE TRIGGER economy_contracts_insight_update AFTER UPDATE ON economy_contracts
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION insight_economy_deltas('insight_contract_contribution',
    'region_code, outcome, outcome_on, income_added_fen');
--> statement-breakpoint
CREATE TRIGGER economy_contracts_insight_delete AFTER DELETE ON economy_contracts
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT
  EXECUTE FUNCTION insight_economy_deltas('insight_contract_contribution',
    'region_code, outcome, outcome_on, income_added_fen');
--> statement-breakpoint
CREATE TRIGGER economy_dividend_runs_insight_insert AFTER INSERT ON economy_dividend_runs
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION insight_economy_deltas('insight_dividend_contribution',
    'region_code, status, published_at, households_fen');
--> statement-breakpoint
CREATE TRIGGER economy_dividend_runs_insight_update AFTER UPDATE ON economy_dividend_runs
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION insight_economy_deltas('insight_dividend_contribution',
    'region_code, status, published_at, households_fen');
--> statement-breakpoint
CREATE TRIGGER economy_dividend_runs_insight_delete AFTER DELETE ON economy_dividend_runs
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT
  EXECUTE FUNCTION insight_economy_deltas('insight_dividend_contribution',
    'region_code, status, published_at, households_fen');
--> statement-breakpoint
CREATE TRIGGER economy_trusteeship_sign_ups_insight_insert AFTER INSERT
  ON economy_trusteeship_sign_ups REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION insight_economy_deltas('insight_sign_up_contribution',
    'region_code, status, starts_on, area_hundredths');
--> statement-breakpoint
CREATE TRIGGER economy_trusteeship_sign_ups_insight_update AFTER UPDATE
  ON economy_trusteeship_sign_ups REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT
  EXECUTE FUNCTION insight_economy_deltas('insight_sign_up_contribution',
    'region_code, status, starts_on, area_hundredths');
--> statement-breakpoint
CREATE TRIGGER economy_trusteeship_sign_ups_insight_delete AFTER DELETE
  ON economy_trusteeship_sign_ups REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT
  EXECUTE FUNCTION insight_economy_deltas('insight_sign_up_contribution',
    'region_code, status, starts_on, area_hundredths');
--> statement-breakpoint
-- The economy's records already written are in no delta: the first fold after this migration
-- rebuilds in full (it does so when the cursor row is missing).
DELETE FROM insight_fold_cursor;
