CREATE TABLE "contact_pairs" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"county_code" varchar(6) NOT NULL,
	"unit_id" uuid NOT NULL,
	"unit_member_id" uuid NOT NULL,
	"rural_member_id" uuid NOT NULL,
	"household_ids" uuid[] NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "grids" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"county_code" varchar(6) NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"seq" integer NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "households" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"county_code" varchar(6) NOT NULL,
	"grid_id" uuid,
	"head_id" uuid NOT NULL,
	"tags" text[] NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "memberships" (
	"person_id" uuid PRIMARY KEY NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"county_code" varchar(6) NOT NULL,
	"org_id" uuid NOT NULL,
	"group_id" uuid,
	"kind" text NOT NULL,
	"join_date" date NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "party_orgs" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"county_code" varchar(6) NOT NULL,
	"name" text NOT NULL,
	"type" text NOT NULL,
	"kind" text NOT NULL,
	"parent_id" uuid,
	"unit_id" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "persons" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"county_code" varchar(6) NOT NULL,
	"name" text NOT NULL,
	"name_search" text NOT NULL,
	"name_sort" text NOT NULL,
	"gender" text NOT NULL,
	"birth_date" date NOT NULL,
	"id_cipher" text NOT NULL,
	"id_index" varchar(64) NOT NULL,
	"id_legacy" boolean DEFAULT false NOT NULL,
	"phone_cipher" text,
	"phone_index" varchar(64),
	"education" text,
	"tags" text[] NOT NULL,
	"household_id" uuid,
	"relation_to_head" text,
	"unit_id" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "positions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"county_code" varchar(6) NOT NULL,
	"person_id" uuid NOT NULL,
	"code" text NOT NULL,
	"org_id" uuid,
	"grid_id" uuid,
	"unit_id" uuid,
	"details" jsonb NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "responsibility_edges" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"county_code" varchar(6) NOT NULL,
	"level" smallint NOT NULL,
	"responsible_id" uuid NOT NULL,
	"target_kind" text NOT NULL,
	"target_id" text NOT NULL,
	"within_id" text,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "responsibility_edges_level_range" CHECK ("responsibility_edges"."level" BETWEEN 1 AND 5)
);
--> statement-breakpoint
CREATE TABLE "units" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"county_code" varchar(6) NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"capabilities" text[] NOT NULL,
	"party_org_id" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "village_profiles" (
	"region_code" varchar(12) PRIMARY KEY NOT NULL,
	"county_code" varchar(6) NOT NULL,
	"industries" text[] NOT NULL,
	"strength" double precision NOT NULL,
	"is_model" boolean DEFAULT false NOT NULL,
	CONSTRAINT "village_profiles_strength_range" CHECK ("village_profiles"."strength" >= 0 AND "village_profiles"."strength" <= 1)
);
--> statement-breakpoint
CREATE UNIQUE INDEX "contact_pairs_natural_key" ON "contact_pairs" USING btree ("unit_member_id","rural_member_id");--> statement-breakpoint
CREATE INDEX "contact_pairs_by_region" ON "contact_pairs" USING btree ("region_code");--> statement-breakpoint
CREATE UNIQUE INDEX "grids_natural_key" ON "grids" USING btree ("region_code","name");--> statement-breakpoint
CREATE INDEX "grids_by_region" ON "grids" USING btree ("region_code");--> statement-breakpoint
CREATE UNIQUE INDEX "households_natural_key" ON "households" USING btree ("head_id");--> statement-breakpoint
CREATE INDEX "households_by_region" ON "households" USING btree ("region_code");--> statement-breakpoint
CREATE INDEX "memberships_by_org" ON "memberships" USING btree ("org_id");--> statement-breakpoint
CREATE UNIQUE INDEX "party_orgs_natural_key" ON "party_orgs" USING btree ("region_code","name");--> statement-breakpoint
CREATE INDEX "party_orgs_by_parent" ON "party_orgs" USING btree ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "persons_natural_key" ON "persons" USING btree ("id_index");--> statement-breakpoint
CREATE INDEX "persons_by_region_sort" ON "persons" USING btree ("region_code","name_sort");--> statement-breakpoint
CREATE INDEX "persons_by_household" ON "persons" USING btree ("household_id");--> statement-breakpoint
CREATE INDEX "persons_by_phone" ON "persons" USING btree ("phone_index");--> statement-breakpoint
CREATE INDEX "positions_by_person" ON "positions" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "positions_by_region_code" ON "positions" USING btree ("region_code","code");--> statement-breakpoint
CREATE UNIQUE INDEX "responsibility_edges_natural_key" ON "responsibility_edges" USING btree ("level","responsible_id","target_kind","target_id");--> statement-breakpoint
CREATE INDEX "responsibility_edges_by_target" ON "responsibility_edges" USING btree ("target_kind","target_id");--> statement-breakpoint
CREATE INDEX "responsibility_edges_by_region" ON "responsibility_edges" USING btree ("region_code");--> statement-breakpoint
CREATE UNIQUE INDEX "units_natural_key" ON "units" USING btree ("county_code","name");--> statement-breakpoint
CREATE INDEX "units_by_region" ON "units" USING btree ("region_code");