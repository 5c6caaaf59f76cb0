CREATE TABLE "pairing_plan_items" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"county_code" varchar(6) NOT NULL,
	"pairing_id" uuid NOT NULL,
	"part" text NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"owner_side" text NOT NULL,
	"owner_person_id" uuid,
	"due_on" date,
	"status" text DEFAULT 'planned' NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "pairing_plan_items_part" CHECK ("pairing_plan_items"."part" IN ('organization', 'team', 'industry', 'resources', 'livelihood', 'brand')),
	CONSTRAINT "pairing_plan_items_status" CHECK ("pairing_plan_items"."status" IN ('planned', 'doing', 'done', 'dropped')),
	CONSTRAINT "pairing_plan_items_side" CHECK ("pairing_plan_items"."owner_side" IN ('unit', 'village'))
);
--> statement-breakpoint
ALTER TABLE "activities" ADD COLUMN "plan_item_id" uuid;--> statement-breakpoint
CREATE INDEX "pairing_plan_items_by_pairing" ON "pairing_plan_items" USING btree ("pairing_id");--> statement-breakpoint
CREATE INDEX "activities_by_plan_item" ON "activities" USING btree ("plan_item_id");