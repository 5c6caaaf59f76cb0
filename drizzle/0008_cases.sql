CREATE TABLE "case_attachments" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"county_code" varchar(6) NOT NULL,
	"case_id" uuid NOT NULL,
	"name" text NOT NULL,
	"content_type" varchar(60) NOT NULL,
	"size" integer NOT NULL,
	"sha256" varchar(64) NOT NULL,
	"data" "bytea" NOT NULL,
	"uploaded_by" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_events" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"county_code" varchar(6) NOT NULL,
	"case_id" uuid NOT NULL,
	"type" varchar(24) NOT NULL,
	"from_state" varchar(16),
	"to_state" varchar(16) NOT NULL,
	"owner_kind" varchar(8) NOT NULL,
	"owner_id" text NOT NULL,
	"owner_step" varchar(12) NOT NULL,
	"note" text,
	"data" jsonb,
	"actor_account_id" uuid,
	"at" timestamp with time zone NOT NULL,
	"n" bigint GENERATED ALWAYS AS IDENTITY (sequence name "case_events_n_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1)
);
--> statement-breakpoint
CREATE TABLE "case_types" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"county_code" varchar(6) NOT NULL,
	"code" varchar(40) NOT NULL,
	"definition" jsonb NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by" uuid NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cases" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"county_code" varchar(6) NOT NULL,
	"type_code" varchar(40) NOT NULL,
	"kind" varchar(16) NOT NULL,
	"channel" varchar(16) NOT NULL,
	"state" varchar(16) NOT NULL,
	"title" text NOT NULL,
	"description" text NOT NULL,
	"place" text,
	"lat" double precision,
	"lng" double precision,
	"fields" jsonb NOT NULL,
	"details" jsonb NOT NULL,
	"requester_person_id" uuid,
	"requester_account_id" uuid,
	"requester_name" text,
	"household_id" uuid,
	"entered_by" uuid,
	"owner_kind" varchar(8) NOT NULL,
	"owner_id" text NOT NULL,
	"owner_step" varchar(12) NOT NULL,
	"owner_since" timestamp with time zone NOT NULL,
	"due_at" timestamp with time zone,
	"resolved_at" timestamp with time zone,
	"first_resolved_at" timestamp with time zone,
	"confirmed_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"rating" smallint,
	"escalations" integer DEFAULT 0 NOT NULL,
	"reopen_count" integer DEFAULT 0 NOT NULL,
	"chain_person_ids" text[] DEFAULT '{}' NOT NULL,
	"open311_token" varchar(40),
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "cases_rating_range" CHECK ("cases"."rating" IS NULL OR "cases"."rating" BETWEEN 1 AND 5)
);
--> statement-breakpoint
CREATE TABLE "dispute_sweeps" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"county_code" varchar(6) NOT NULL,
	"swept_on" varchar(10) NOT NULL,
	"person_times" integer NOT NULL,
	"found" integer NOT NULL,
	"note" text,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "dispute_sweeps_counts" CHECK ("dispute_sweeps"."person_times" >= 0 AND "dispute_sweeps"."found" >= 0)
);
--> statement-breakpoint
CREATE TABLE "notifications" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"county_code" varchar(6) NOT NULL,
	"account_id" uuid NOT NULL,
	"case_id" uuid,
	"kind" varchar(24) NOT NULL,
	"title" text NOT NULL,
	"read_at" timestamp with time zone,
	"delivered_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "open311_keys" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"county_code" varchar(6) NOT NULL,
	"name" text NOT NULL,
	"key_hash" varchar(64) NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reception_days" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"county_code" varchar(6) NOT NULL,
	"date" varchar(10) NOT NULL,
	"time" varchar(20) NOT NULL,
	"place" text NOT NULL,
	"deputies" text[] NOT NULL,
	"announced_at" timestamp with time zone NOT NULL,
	"created_by" uuid NOT NULL
);
--> statement-breakpoint
CREATE INDEX "case_attachments_by_case" ON "case_attachments" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "case_events_by_case" ON "case_events" USING btree ("case_id","n");--> statement-breakpoint
CREATE UNIQUE INDEX "case_types_natural_key" ON "case_types" USING btree ("county_code","code");--> statement-breakpoint
CREATE INDEX "cases_by_region" ON "cases" USING btree ("region_code","created_at");--> statement-breakpoint
CREATE INDEX "cases_by_owner" ON "cases" USING btree ("owner_kind","owner_id","state");--> statement-breakpoint
CREATE INDEX "cases_by_requester" ON "cases" USING btree ("requester_account_id");--> statement-breakpoint
CREATE INDEX "cases_open_due" ON "cases" USING btree ("due_at") WHERE state IN ('assigned','in_progress','reopened');--> statement-breakpoint
CREATE INDEX "cases_resolved" ON "cases" USING btree ("resolved_at") WHERE state = 'resolved';--> statement-breakpoint
CREATE UNIQUE INDEX "cases_open311_token" ON "cases" USING btree ("open311_token");--> statement-breakpoint
CREATE INDEX "dispute_sweeps_by_region" ON "dispute_sweeps" USING btree ("region_code");--> statement-breakpoint
CREATE INDEX "notifications_by_account" ON "notifications" USING btree ("account_id","created_at");--> statement-breakpoint
CREATE INDEX "notifications_undelivered" ON "notifications" USING btree ("created_at") WHERE delivered_at IS NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "open311_keys_hash" ON "open311_keys" USING btree ("key_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "reception_days_natural_key" ON "reception_days" USING btree ("region_code","date");