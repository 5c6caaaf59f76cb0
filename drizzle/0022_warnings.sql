CREATE TABLE "warning_decisions" (
	"key" text PRIMARY KEY NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"county_code" varchar(6) NOT NULL,
	"kind" varchar(24) NOT NULL,
	"status" varchar(12) NOT NULL,
	"note" text NOT NULL,
	"decided_by" uuid NOT NULL,
	"decided_at" timestamp with time zone NOT NULL,
	CONSTRAINT "warning_decisions_status" CHECK ("warning_decisions"."status" IN ('acknowledged','resolved'))
);
--> statement-breakpoint
CREATE INDEX "warning_decisions_by_region" ON "warning_decisions" USING btree ("region_code");