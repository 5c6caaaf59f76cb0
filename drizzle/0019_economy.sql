CREATE TABLE "economy_asset_valuations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"county_code" varchar(6) NOT NULL,
	"asset_id" uuid NOT NULL,
	"valued_on" date NOT NULL,
	"value_fen" bigint NOT NULL,
	"note" text,
	"recorded_by" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "economy_asset_valuations_value" CHECK ("economy_asset_valuations"."value_fen" >= 0)
);
--> statement-breakpoint
CREATE TABLE "economy_assets" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"county_code" varchar(6) NOT NULL,
	"kind" text NOT NULL,
	"asset_class" text NOT NULL,
	"name" text NOT NULL,
	"area_hundredths" integer NOT NULL,
	"grid_id" uuid,
	"location" text NOT NULL,
	"status" text NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "economy_assets_kind" CHECK ("economy_assets"."kind" IN ('resource', 'fixed', 'fund')),
	CONSTRAINT "economy_assets_area" CHECK ("economy_assets"."area_hundredths" >= 0)
);
--> statement-breakpoint
CREATE TABLE "economy_class_rules" (
	"county_code" text NOT NULL,
	"asset_class" text NOT NULL,
	"region_code" text NOT NULL,
	"reference_price_fen" bigint,
	"max_term_years" integer NOT NULL,
	"low_price_percent" integer NOT NULL,
	"updated_by" uuid NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "economy_class_rules_county_code_asset_class_pk" PRIMARY KEY("county_code","asset_class"),
	CONSTRAINT "economy_class_rules_price" CHECK ("economy_class_rules"."reference_price_fen" IS NULL OR "economy_class_rules"."reference_price_fen" >= 0),
	CONSTRAINT "economy_class_rules_term" CHECK ("economy_class_rules"."max_term_years" > 0),
	CONSTRAINT "economy_class_rules_percent" CHECK ("economy_class_rules"."low_price_percent" BETWEEN 1 AND 100)
);
--> statement-breakpoint
CREATE TABLE "economy_contracts" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"county_code" varchar(6) NOT NULL,
	"asset_id" uuid NOT NULL,
	"lessee" text NOT NULL,
	"lessee_person_id" uuid,
	"area_hundredths" integer NOT NULL,
	"price_per_mu_fen" bigint NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"schedule" text NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"terminated_on" date,
	"recusal_note" text,
	"outcome" text,
	"outcome_on" date,
	"outcome_note" text,
	"income_added_fen" bigint,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "economy_contracts_area" CHECK ("economy_contracts"."area_hundredths" > 0),
	CONSTRAINT "economy_contracts_price" CHECK ("economy_contracts"."price_per_mu_fen" >= 0),
	CONSTRAINT "economy_contracts_term" CHECK ("economy_contracts"."ends_on" >= "economy_contracts"."starts_on"),
	CONSTRAINT "economy_contracts_status" CHECK ("economy_contracts"."status" IN ('active', 'terminated')),
	CONSTRAINT "economy_contracts_outcome" CHECK ("economy_contracts"."outcome" IS NULL OR "economy_contracts"."outcome" IN ('regularized', 'recovered', 'resigned'))
);
--> statement-breakpoint
CREATE TABLE "economy_income_entries" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"county_code" varchar(6) NOT NULL,
	"source" text NOT NULL,
	"record_kind" text NOT NULL,
	"record_id" uuid NOT NULL,
	"posted_on" date NOT NULL,
	"amount_fen" bigint NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "economy_payments" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"county_code" varchar(6) NOT NULL,
	"contract_id" uuid NOT NULL,
	"paid_on" date NOT NULL,
	"amount_fen" bigint NOT NULL,
	"note" text,
	"recorded_by" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "economy_payments_amount" CHECK ("economy_payments"."amount_fen" > 0)
);
--> statement-breakpoint
CREATE INDEX "economy_asset_valuations_by_asset" ON "economy_asset_valuations" USING btree ("asset_id","valued_on");--> statement-breakpoint
CREATE INDEX "economy_assets_by_region" ON "economy_assets" USING btree ("region_code");--> statement-breakpoint
CREATE INDEX "economy_contracts_by_region" ON "economy_contracts" USING btree ("region_code");--> statement-breakpoint
CREATE INDEX "economy_contracts_by_asset" ON "economy_contracts" USING btree ("asset_id","starts_on");--> statement-breakpoint
CREATE UNIQUE INDEX "economy_income_entries_one_per_record" ON "economy_income_entries" USING btree ("record_kind","record_id");--> statement-breakpoint
CREATE INDEX "economy_income_entries_by_region_day" ON "economy_income_entries" USING btree ("region_code","posted_on");--> statement-breakpoint
CREATE INDEX "economy_payments_by_contract" ON "economy_payments" USING btree ("contract_id","paid_on");