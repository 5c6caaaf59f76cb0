-- Roll-ups become one row per region and period with a column per metric (issue 12: a fold
-- touches about a fifth as many rows), and the leaves are no longer stored (only the rebuild used
-- them; it now sums them in a temporary table). The old rows cannot be reshaped in place: they are
-- dropped, and the first fold after this migration rebuilds in full (it does so when the cursor
-- row is missing).
DELETE FROM "insight_rollups";--> statement-breakpoint
DELETE FROM "insight_deltas";--> statement-breakpoint
DELETE FROM "insight_fold_cursor";--> statement-breakpoint
ALTER TABLE "insight_leaves" DISABLE ROW LEVEL SECURITY;--> statement-breakpoint
DROP TABLE "insight_leaves" CASCADE;--> statement-breakpoint
ALTER TABLE "insight_rollups" DROP CONSTRAINT "insight_rollups_pk";--> statement-breakpoint
ALTER TABLE "insight_rollups" ADD COLUMN "cases_received" double precision DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "insight_rollups" ADD COLUMN "cases_resolved" double precision DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "insight_rollups" ADD COLUMN "cases_on_time" double precision DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "insight_rollups" ADD COLUMN "cases_escalated" double precision DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "insight_rollups" ADD COLUMN "cases_rated" double precision DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "insight_rollups" ADD COLUMN "cases_rating_sum" double precision DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "insight_rollups" ADD COLUMN "cases_satisfied" double precision DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "insight_rollups" ADD COLUMN "disputes_received" double precision DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "insight_rollups" ADD COLUMN "disputes_resolved" double precision DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "insight_rollups" ADD COLUMN "evaluations_awarded" double precision DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "insight_rollups" ADD COLUMN "stars_3plus" double precision DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "insight_rollups" ADD COLUMN "stars_0" double precision DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "insight_rollups" ADD COLUMN "stars_1" double precision DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "insight_rollups" ADD COLUMN "stars_2" double precision DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "insight_rollups" ADD COLUMN "stars_3" double precision DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "insight_rollups" ADD COLUMN "stars_4" double precision DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "insight_rollups" ADD COLUMN "stars_5" double precision DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "insight_rollups" ADD COLUMN "stars_6" double precision DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "insight_rollups" ADD COLUMN "stars_7" double precision DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "insight_rollups" ADD COLUMN "stars_8" double precision DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "insight_rollups" ADD COLUMN "stars_9" double precision DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "insight_rollups" ADD COLUMN "stars_10" double precision DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "insight_rollups" DROP COLUMN "metric";--> statement-breakpoint
ALTER TABLE "insight_rollups" DROP COLUMN "value";--> statement-breakpoint
ALTER TABLE "insight_rollups" ADD CONSTRAINT "insight_rollups_pk" PRIMARY KEY("region_code","period");
