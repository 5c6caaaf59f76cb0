CREATE TABLE "zero_acceptances" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"county_code" varchar(6) NOT NULL,
	"subject" text NOT NULL,
	"unit_id" uuid,
	"year" integer NOT NULL,
	"accepted" boolean NOT NULL,
	"comment" text NOT NULL,
	"counts" jsonb NOT NULL,
	"decided_by" uuid NOT NULL,
	"decided_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "zero_events" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"county_code" varchar(6) NOT NULL,
	"unit_id" uuid,
	"kind" text NOT NULL,
	"occurred_on" varchar(10) NOT NULL,
	"description" text NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "zero_events_kind" CHECK ("zero_events"."kind" IN ('petition','accident','criminal'))
);
--> statement-breakpoint
ALTER TABLE "dispute_sweeps" ADD COLUMN "resolved" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "zero_acceptances_subject_year" ON "zero_acceptances" USING btree ("subject","year");--> statement-breakpoint
CREATE INDEX "zero_events_by_region_day" ON "zero_events" USING btree ("region_code","occurred_on");--> statement-breakpoint
ALTER TABLE "dispute_sweeps" ADD CONSTRAINT "dispute_sweeps_resolved" CHECK ("dispute_sweeps"."resolved" >= 0 AND "dispute_sweeps"."resolved" <= "dispute_sweeps"."found");