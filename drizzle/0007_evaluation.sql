CREATE TABLE "evaluation_decisions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"county_code" varchar(6) NOT NULL,
	"evaluation_id" uuid NOT NULL,
	"step_key" text NOT NULL,
	"role" text NOT NULL,
	"actor_id" uuid NOT NULL,
	"actor_name" text NOT NULL,
	"outcome" text NOT NULL,
	"stars" jsonb NOT NULL,
	"comment" text NOT NULL,
	"metrics" jsonb NOT NULL,
	"level" integer NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "evaluation_events" (
	"id" uuid PRIMARY KEY NOT NULL,
	"seq" serial NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"county_code" varchar(6) NOT NULL,
	"evaluation_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"actor_name" text NOT NULL,
	"detail" jsonb NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "evaluation_evidence" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"county_code" varchar(6) NOT NULL,
	"evaluation_id" uuid NOT NULL,
	"name" text NOT NULL,
	"content_type" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" varchar(64) NOT NULL,
	"data" "bytea" NOT NULL,
	"uploaded_by" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "evaluation_objections" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"county_code" varchar(6) NOT NULL,
	"evaluation_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"filer_name" text NOT NULL,
	"text" text NOT NULL,
	"status" text NOT NULL,
	"upheld" boolean,
	"answer" text,
	"answered_by" text,
	"answered_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "evaluation_rounds" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"county_code" varchar(6) NOT NULL,
	"scheme_id" uuid NOT NULL,
	"name" text NOT NULL,
	"period" text NOT NULL,
	"notice_days" integer NOT NULL,
	"status" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "evaluation_schemes" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"county_code" varchar(6) NOT NULL,
	"key" text NOT NULL,
	"version" integer NOT NULL,
	"is_preset" boolean NOT NULL,
	"name" text NOT NULL,
	"subject_type" text NOT NULL,
	"definition" jsonb NOT NULL,
	"superseded_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "evaluation_settings" (
	"county_code" varchar(6) PRIMARY KEY NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"rankings_enabled" boolean NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "evaluation_targets" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"county_code" varchar(6) NOT NULL,
	"scheme_key" text NOT NULL,
	"period" text NOT NULL,
	"measure" text NOT NULL,
	"level" integer NOT NULL,
	"value" double precision NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "evaluation_targets_value" CHECK ("evaluation_targets"."value" >= 0)
);
--> statement-breakpoint
CREATE TABLE "evaluation_vetoes" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"county_code" varchar(6) NOT NULL,
	"evaluation_id" uuid NOT NULL,
	"veto_key" text NOT NULL,
	"stars" text[] NOT NULL,
	"description" text NOT NULL,
	"evidence_id" uuid,
	"recorded_by" text NOT NULL,
	"status" text NOT NULL,
	"decided_by" text,
	"decided_at" timestamp with time zone,
	"comment" text,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "evaluations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"county_code" varchar(6) NOT NULL,
	"round_id" uuid NOT NULL,
	"subject_type" text NOT NULL,
	"subject_id" uuid NOT NULL,
	"subject_name" text NOT NULL,
	"stage" text NOT NULL,
	"step_index" integer NOT NULL,
	"claim" jsonb,
	"granted_stars" text[] NOT NULL,
	"held_stars" text[] NOT NULL,
	"level" integer NOT NULL,
	"notice_starts_at" timestamp with time zone,
	"notice_ends_at" timestamp with time zone,
	"awarded_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE INDEX "evaluation_decisions_by_evaluation" ON "evaluation_decisions" USING btree ("evaluation_id");--> statement-breakpoint
CREATE INDEX "evaluation_events_by_evaluation" ON "evaluation_events" USING btree ("evaluation_id","seq");--> statement-breakpoint
CREATE INDEX "evaluation_evidence_by_evaluation" ON "evaluation_evidence" USING btree ("evaluation_id");--> statement-breakpoint
CREATE INDEX "evaluation_objections_by_evaluation" ON "evaluation_objections" USING btree ("evaluation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "evaluation_rounds_scheme_region_period" ON "evaluation_rounds" USING btree ("scheme_id","region_code","period");--> statement-breakpoint
CREATE INDEX "evaluation_rounds_by_region" ON "evaluation_rounds" USING btree ("region_code");--> statement-breakpoint
CREATE UNIQUE INDEX "evaluation_schemes_key_version" ON "evaluation_schemes" USING btree ("region_code","key","version");--> statement-breakpoint
CREATE UNIQUE INDEX "evaluation_targets_natural_key" ON "evaluation_targets" USING btree ("region_code","scheme_key","period","measure","level");--> statement-breakpoint
CREATE INDEX "evaluation_vetoes_by_evaluation" ON "evaluation_vetoes" USING btree ("evaluation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "evaluations_round_subject" ON "evaluations" USING btree ("round_id","subject_id");--> statement-breakpoint
CREATE INDEX "evaluations_by_region" ON "evaluations" USING btree ("region_code");--> statement-breakpoint
CREATE INDEX "evaluations_by_subject" ON "evaluations" USING btree ("subject_id");