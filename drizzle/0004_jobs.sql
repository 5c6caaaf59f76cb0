CREATE TABLE "jobs" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"county_code" varchar(6) NOT NULL,
	"account_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"status" text NOT NULL,
	"progress" real NOT NULL,
	"message" text,
	"result" jsonb,
	"artifact" "bytea",
	"artifact_name" text,
	"artifact_type" text,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE INDEX "jobs_by_account" ON "jobs" USING btree ("account_id","created_at");