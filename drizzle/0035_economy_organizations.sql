CREATE TABLE "economy_land_transfers" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"county_code" varchar(6) NOT NULL,
	"organization_id" uuid NOT NULL,
	"household_id" uuid NOT NULL,
	"area_hundredths" integer NOT NULL,
	"price_per_mu_fen" bigint NOT NULL,
	"previous_price_per_mu_fen" bigint,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "economy_land_transfers_area" CHECK ("economy_land_transfers"."area_hundredths" > 0),
	CONSTRAINT "economy_land_transfers_price" CHECK ("economy_land_transfers"."price_per_mu_fen" >= 0 AND ("economy_land_transfers"."previous_price_per_mu_fen" IS NULL OR "economy_land_transfers"."previous_price_per_mu_fen" >= 0)),
	CONSTRAINT "economy_land_transfers_term" CHECK ("economy_land_transfers"."ends_on" >= "economy_land_transfers"."starts_on")
);
--> statement-breakpoint
CREATE TABLE "economy_org_bindings" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"county_code" varchar(6) NOT NULL,
	"organization_id" uuid NOT NULL,
	"partner_org_id" uuid,
	"partner_name" text,
	"partner_kind" text NOT NULL,
	"kind" text NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "economy_org_bindings_partner" CHECK (("economy_org_bindings"."partner_org_id" IS NULL) <> ("economy_org_bindings"."partner_name" IS NULL)),
	CONSTRAINT "economy_org_bindings_not_self" CHECK ("economy_org_bindings"."partner_org_id" IS DISTINCT FROM "economy_org_bindings"."organization_id"),
	CONSTRAINT "economy_org_bindings_term" CHECK ("economy_org_bindings"."ends_on" IS NULL OR "economy_org_bindings"."ends_on" >= "economy_org_bindings"."starts_on")
);
--> statement-breakpoint
CREATE TABLE "economy_org_members" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"county_code" varchar(6) NOT NULL,
	"organization_id" uuid NOT NULL,
	"household_id" uuid NOT NULL,
	"land_shares" integer NOT NULL,
	"cash_shares" integer NOT NULL,
	"member_shares" integer NOT NULL,
	"joined_on" date NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "economy_org_members_shares" CHECK ("economy_org_members"."land_shares" >= 0 AND "economy_org_members"."cash_shares" >= 0 AND "economy_org_members"."member_shares" >= 0)
);
--> statement-breakpoint
CREATE TABLE "economy_org_orders" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"county_code" varchar(6) NOT NULL,
	"binding_id" uuid NOT NULL,
	"product" text NOT NULL,
	"quantity" integer NOT NULL,
	"unit" text NOT NULL,
	"amount_fen" bigint NOT NULL,
	"ordered_on" date NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "economy_org_orders_amounts" CHECK ("economy_org_orders"."quantity" > 0 AND "economy_org_orders"."amount_fen" >= 0)
);
--> statement-breakpoint
CREATE TABLE "economy_organizations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"county_code" varchar(6) NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"union_id" uuid,
	"registered_on" date NOT NULL,
	"status" text NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "economy_organizations_kind" CHECK ("economy_organizations"."kind" IN ('collectiveOrg', 'branchCooperative', 'townCompany', 'unionCompany')),
	CONSTRAINT "economy_organizations_status" CHECK ("economy_organizations"."status" IN ('active', 'dissolved'))
);
--> statement-breakpoint
ALTER TABLE "economy_dividend_runs" ADD COLUMN "organization_id" uuid;--> statement-breakpoint
CREATE INDEX "economy_land_transfers_by_org" ON "economy_land_transfers" USING btree ("organization_id","household_id");--> statement-breakpoint
CREATE INDEX "economy_org_bindings_by_org" ON "economy_org_bindings" USING btree ("organization_id");--> statement-breakpoint
CREATE UNIQUE INDEX "economy_org_members_one_per_household" ON "economy_org_members" USING btree ("organization_id","household_id");--> statement-breakpoint
CREATE INDEX "economy_org_orders_by_binding" ON "economy_org_orders" USING btree ("binding_id","ordered_on");--> statement-breakpoint
CREATE UNIQUE INDEX "economy_organizations_region_name" ON "economy_organizations" USING btree ("region_code","name");