CREATE TABLE "project_funds" (
	"project_id" uuid NOT NULL,
	"source" text NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"county_code" varchar(6) NOT NULL,
	"budget" bigint NOT NULL,
	CONSTRAINT "project_funds_project_id_source_pk" PRIMARY KEY("project_id","source"),
	CONSTRAINT "project_funds_source" CHECK ("project_funds"."source" IN ('fiscal', 'partyFees', 'social')),
	CONSTRAINT "project_funds_budget" CHECK ("project_funds"."budget" >= 0)
);
--> statement-breakpoint
CREATE TABLE "project_milestones" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"county_code" varchar(6) NOT NULL,
	"project_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"name" text NOT NULL,
	"weight" integer NOT NULL,
	"progress" integer DEFAULT 0 NOT NULL,
	"due_on" date,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "project_milestones_weight" CHECK ("project_milestones"."weight" > 0),
	CONSTRAINT "project_milestones_progress" CHECK ("project_milestones"."progress" BETWEEN 0 AND 100)
);
--> statement-breakpoint
CREATE TABLE "project_outcomes" (
	"project_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"county_code" varchar(6) NOT NULL,
	"income_added" bigint NOT NULL,
	"households_benefiting" integer NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "project_outcomes_project_id_year_pk" PRIMARY KEY("project_id","year"),
	CONSTRAINT "project_outcomes_income" CHECK ("project_outcomes"."income_added" >= 0),
	CONSTRAINT "project_outcomes_households" CHECK ("project_outcomes"."households_benefiting" >= 0)
);
--> statement-breakpoint
CREATE TABLE "project_spends" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"county_code" varchar(6) NOT NULL,
	"project_id" uuid NOT NULL,
	"source" text NOT NULL,
	"amount" bigint NOT NULL,
	"spent_on" date NOT NULL,
	"note" text,
	"recorded_by" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "project_spends_amount" CHECK ("project_spends"."amount" > 0)
);
--> statement-breakpoint
CREATE TABLE "project_villages" (
	"project_id" uuid NOT NULL,
	"village_code" varchar(12) NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"county_code" varchar(6) NOT NULL,
	CONSTRAINT "project_villages_project_id_village_code_pk" PRIMARY KEY("project_id","village_code")
);
--> statement-breakpoint
CREATE TABLE "projects" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"county_code" varchar(6) NOT NULL,
	"name" text NOT NULL,
	"type" text NOT NULL,
	"status" text DEFAULT 'planned' NOT NULL,
	"key" boolean DEFAULT false NOT NULL,
	"union_id" uuid,
	"pairing_id" uuid,
	"parent_id" uuid,
	"weight" integer DEFAULT 1 NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date,
	"description" text,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "projects_type" CHECK ("projects"."type" IN ('industry', 'infrastructure', 'livelihood')),
	CONSTRAINT "projects_status" CHECK ("projects"."status" IN ('planned', 'ongoing', 'done', 'suspended')),
	CONSTRAINT "projects_weight" CHECK ("projects"."weight" > 0),
	CONSTRAINT "projects_dates" CHECK ("projects"."ends_on" IS NULL OR "projects"."ends_on" >= "projects"."starts_on")
);
--> statement-breakpoint
ALTER TABLE "activities" ADD COLUMN "project_id" uuid;--> statement-breakpoint
CREATE INDEX "project_milestones_by_project" ON "project_milestones" USING btree ("project_id","position");--> statement-breakpoint
CREATE INDEX "project_spends_by_project" ON "project_spends" USING btree ("project_id","spent_on");--> statement-breakpoint
CREATE INDEX "project_villages_by_village" ON "project_villages" USING btree ("region_code");--> statement-breakpoint
CREATE INDEX "projects_by_region" ON "projects" USING btree ("region_code");--> statement-breakpoint
CREATE INDEX "projects_by_parent" ON "projects" USING btree ("parent_id");--> statement-breakpoint
CREATE INDEX "activities_by_project" ON "activities" USING btree ("project_id");