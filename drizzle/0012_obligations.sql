CREATE TABLE "activities" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"county_code" varchar(6) NOT NULL,
	"subject_kind" text NOT NULL,
	"subject_id" text NOT NULL,
	"activity_type" text NOT NULL,
	"occurred_on" date NOT NULL,
	"title" text NOT NULL,
	"place" text,
	"outcome" text,
	"participant_ids" uuid[] NOT NULL,
	"household_ids" uuid[] NOT NULL,
	"recorded_by" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "obligation_rules" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"county_code" varchar(6) NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"preset" text,
	"subject_kind" text NOT NULL,
	"activity_type" text NOT NULL,
	"role" text,
	"every" text NOT NULL,
	"at_least" integer NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "obligation_rules_at_least" CHECK ("obligation_rules"."at_least" >= 1),
	CONSTRAINT "obligation_rules_dates" CHECK ("obligation_rules"."ends_on" IS NULL OR "obligation_rules"."ends_on" >= "obligation_rules"."starts_on")
);
--> statement-breakpoint
ALTER TABLE "pairings" ADD COLUMN "leader_person_id" uuid;--> statement-breakpoint
CREATE INDEX "activities_by_subject" ON "activities" USING btree ("subject_kind","subject_id","occurred_on");--> statement-breakpoint
CREATE INDEX "activities_by_region" ON "activities" USING btree ("region_code","occurred_on");--> statement-breakpoint
CREATE INDEX "activities_by_household" ON "activities" USING gin ("household_ids");--> statement-breakpoint
CREATE UNIQUE INDEX "obligation_rules_code" ON "obligation_rules" USING btree ("county_code","code");