CREATE TABLE "economy_dividend_runs" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"county_code" varchar(6) NOT NULL,
	"payer" text NOT NULL,
	"year" integer NOT NULL,
	"distributable_fen" bigint NOT NULL,
	"rule" jsonb NOT NULL,
	"status" text NOT NULL,
	"collective_fen" bigint NOT NULL,
	"welfare_fen" bigint NOT NULL,
	"households_fen" bigint NOT NULL,
	"proposed_by" uuid NOT NULL,
	"approved_by" uuid,
	"approved_at" timestamp with time zone,
	"published_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "economy_dividend_runs_status" CHECK ("economy_dividend_runs"."status" IN ('draft', 'approved', 'published')),
	CONSTRAINT "economy_dividend_runs_money" CHECK ("economy_dividend_runs"."distributable_fen" >= 0)
);
--> statement-breakpoint
CREATE TABLE "economy_dividend_shares" (
	"run_id" uuid NOT NULL,
	"household_id" uuid NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"county_code" varchar(6) NOT NULL,
	"units" jsonb NOT NULL,
	"amount_fen" bigint NOT NULL,
	CONSTRAINT "economy_dividend_shares_pk" PRIMARY KEY("run_id","household_id")
);
--> statement-breakpoint
CREATE UNIQUE INDEX "economy_dividend_runs_payer_year" ON "economy_dividend_runs" USING btree ("region_code","payer","year");--> statement-breakpoint
CREATE INDEX "economy_dividend_shares_by_household" ON "economy_dividend_shares" USING btree ("household_id");