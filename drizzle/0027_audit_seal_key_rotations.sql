CREATE TABLE "key_rotations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"from_key" varchar(16) NOT NULL,
	"to_key" varchar(16) NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"finished_at" timestamp with time zone,
	"progress" jsonb NOT NULL
);
--> statement-breakpoint
ALTER TABLE "audit_events" ADD COLUMN "seal" varchar(64);--> statement-breakpoint
ALTER TABLE "audit_events" ADD COLUMN "seal_key" varchar(16);