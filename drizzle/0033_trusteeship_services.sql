CREATE TABLE "economy_trusteeship_services" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"county_code" varchar(6) NOT NULL,
	"sign_up_id" uuid NOT NULL,
	"item_id" uuid NOT NULL,
	"served_on" date NOT NULL,
	"area_hundredths" integer NOT NULL,
	"price_per_mu_fen" bigint NOT NULL,
	"fee_fen" bigint NOT NULL,
	"provider_org_id" uuid,
	"provider" text NOT NULL,
	"note" text,
	"status" text NOT NULL,
	"void_reason" text,
	"voided_by" uuid,
	"voided_at" timestamp with time zone,
	"recorded_by" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "economy_trusteeship_services_area" CHECK ("economy_trusteeship_services"."area_hundredths" > 0),
	CONSTRAINT "economy_trusteeship_services_status" CHECK ("economy_trusteeship_services"."status" IN ('recorded', 'voided'))
);
--> statement-breakpoint
-- Each covered item's price per 亩 is now kept on the sign-up (menu prices may change after it).
-- Menu prices could not be edited before this migration, so the menu's prices are those at signing.
ALTER TABLE "economy_trusteeship_sign_ups" ADD COLUMN "item_prices" jsonb;--> statement-breakpoint
UPDATE "economy_trusteeship_sign_ups" s
SET "item_prices" = COALESCE((
  SELECT jsonb_object_agg(i."id"::text, i."price_per_mu_fen")
  FROM "economy_trusteeship_items" i
  WHERE s."item_ids" ? i."id"::text), '{}'::jsonb);--> statement-breakpoint
ALTER TABLE "economy_trusteeship_sign_ups" ALTER COLUMN "item_prices" SET NOT NULL;--> statement-breakpoint
CREATE INDEX "economy_trusteeship_services_by_sign_up" ON "economy_trusteeship_services" USING btree ("sign_up_id","served_on");--> statement-breakpoint
CREATE INDEX "economy_trusteeship_services_by_region_day" ON "economy_trusteeship_services" USING btree ("region_code","served_on");