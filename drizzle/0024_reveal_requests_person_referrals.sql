CREATE TABLE "reveal_requests" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"county_code" varchar(6) NOT NULL,
	"requester_id" uuid NOT NULL,
	"requester_username" text NOT NULL,
	"object_type" text NOT NULL,
	"object_id" uuid NOT NULL,
	"field" text NOT NULL,
	"purpose" text NOT NULL,
	"note" text,
	"status" text NOT NULL,
	"decided_by" text,
	"decided_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "person_referrals" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"county_code" varchar(6) NOT NULL,
	"name" text NOT NULL,
	"id_cipher" text NOT NULL,
	"id_index" text NOT NULL,
	"requester_username" text NOT NULL,
	"status" text NOT NULL,
	"resolved_by" text,
	"resolved_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE INDEX "reveal_requests_by_status_region" ON "reveal_requests" USING btree ("status","region_code");--> statement-breakpoint
CREATE INDEX "person_referrals_by_status_region" ON "person_referrals" USING btree ("status","region_code");