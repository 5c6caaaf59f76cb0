CREATE TABLE "economy_trusteeship_items" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"county_code" varchar(6) NOT NULL,
	"crop_group" text NOT NULL,
	"name" text NOT NULL,
	"position" integer NOT NULL,
	"price_per_mu_fen" bigint NOT NULL,
	"market_price_per_mu_fen" bigint NOT NULL,
	"active" boolean NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "economy_trusteeship_items_money" CHECK ("economy_trusteeship_items"."price_per_mu_fen" >= 0 AND "economy_trusteeship_items"."market_price_per_mu_fen" >= 0)
);
--> statement-breakpoint
CREATE TABLE "economy_trusteeship_sign_ups" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"county_code" varchar(6) NOT NULL,
	"household_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"crop_group" text NOT NULL,
	"mode" text NOT NULL,
	"item_ids" jsonb NOT NULL,
	"area_hundredths" integer NOT NULL,
	"price_per_mu_fen" bigint NOT NULL,
	"saving_per_mu_fen" bigint NOT NULL,
	"starts_on" date NOT NULL,
	"status" text NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"withdrawn_at" timestamp with time zone,
	CONSTRAINT "economy_trusteeship_sign_ups_area" CHECK ("economy_trusteeship_sign_ups"."area_hundredths" > 0),
	CONSTRAINT "economy_trusteeship_sign_ups_mode" CHECK ("economy_trusteeship_sign_ups"."mode" IN ('fullChain', 'menu')),
	CONSTRAINT "economy_trusteeship_sign_ups_status" CHECK ("economy_trusteeship_sign_ups"."status" IN ('active', 'withdrawn'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX "economy_trusteeship_items_group_name" ON "economy_trusteeship_items" USING btree ("region_code","crop_group","name");--> statement-breakpoint
CREATE UNIQUE INDEX "economy_trusteeship_sign_ups_one_active" ON "economy_trusteeship_sign_ups" USING btree ("household_id","year","crop_group") WHERE "economy_trusteeship_sign_ups"."status" = 'active';--> statement-breakpoint
CREATE INDEX "economy_trusteeship_sign_ups_by_region_year" ON "economy_trusteeship_sign_ups" USING btree ("region_code","year");