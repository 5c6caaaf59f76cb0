CREATE TABLE "pairings" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"county_code" varchar(6) NOT NULL,
	"unit_id" uuid NOT NULL,
	"village_code" varchar(12) NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "union_villages" (
	"union_id" uuid NOT NULL,
	"village_code" varchar(12) NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"county_code" varchar(6) NOT NULL
);
--> statement-breakpoint
CREATE TABLE "unions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"county_code" varchar(6) NOT NULL,
	"name" text NOT NULL,
	"lead_code" varchar(12) NOT NULL,
	"form" text DEFAULT 'leadVillage' NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"adopted_by" uuid NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "pairings_natural_key" ON "pairings" USING btree ("unit_id","village_code","period_start");--> statement-breakpoint
CREATE INDEX "pairings_by_region" ON "pairings" USING btree ("region_code");--> statement-breakpoint
CREATE UNIQUE INDEX "union_villages_one_union" ON "union_villages" USING btree ("village_code");--> statement-breakpoint
CREATE INDEX "union_villages_by_union" ON "union_villages" USING btree ("union_id");--> statement-breakpoint
CREATE INDEX "unions_by_region" ON "unions" USING btree ("region_code");