CREATE TABLE "task_items" (
	"id" uuid PRIMARY KEY NOT NULL,
	"seq" bigint GENERATED ALWAYS AS IDENTITY (sequence name "task_items_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"region_code" varchar(12) NOT NULL,
	"county_code" varchar(6) NOT NULL,
	"list_id" uuid NOT NULL,
	"title" text NOT NULL,
	"measures" text NOT NULL,
	"owner_person_id" uuid,
	"deadline" date NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"closed_at" timestamp with time zone,
	CONSTRAINT "task_items_status" CHECK ("task_items"."status" IN ('open', 'closed'))
);
--> statement-breakpoint
CREATE TABLE "task_lists" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"county_code" varchar(6) NOT NULL,
	"subject_kind" text NOT NULL,
	"subject_id" text NOT NULL,
	"year" integer NOT NULL,
	"title" text NOT NULL,
	"meeting_on" date NOT NULL,
	"targets" jsonb NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "task_lists_subject_kind" CHECK ("task_lists"."subject_kind" IN ('union'))
);
--> statement-breakpoint
CREATE TABLE "task_progress" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"county_code" varchar(6) NOT NULL,
	"task_id" uuid NOT NULL,
	"month" varchar(7) NOT NULL,
	"progress" integer NOT NULL,
	"note" text NOT NULL,
	"recorded_by" uuid NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL,
	CONSTRAINT "task_progress_range" CHECK ("task_progress"."progress" BETWEEN 0 AND 100)
);
--> statement-breakpoint
CREATE TABLE "task_scores" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"county_code" varchar(6) NOT NULL,
	"task_id" uuid NOT NULL,
	"quarter" integer NOT NULL,
	"score" numeric(4, 1) NOT NULL,
	"note" text,
	"scored_by" uuid NOT NULL,
	"scored_at" timestamp with time zone NOT NULL,
	CONSTRAINT "task_scores_quarter" CHECK ("task_scores"."quarter" BETWEEN 1 AND 4),
	CONSTRAINT "task_scores_range" CHECK ("task_scores"."score" BETWEEN 0 AND 100)
);
--> statement-breakpoint
CREATE INDEX "task_items_by_list" ON "task_items" USING btree ("list_id","seq");--> statement-breakpoint
CREATE UNIQUE INDEX "task_lists_one_per_year" ON "task_lists" USING btree ("subject_kind","subject_id","year");--> statement-breakpoint
CREATE UNIQUE INDEX "task_progress_one_per_month" ON "task_progress" USING btree ("task_id","month");--> statement-breakpoint
CREATE UNIQUE INDEX "task_scores_one_per_quarter" ON "task_scores" USING btree ("task_id","quarter");