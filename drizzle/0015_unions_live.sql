CREATE TABLE "union_events" (
	"id" uuid PRIMARY KEY NOT NULL,
	"seq" bigint GENERATED ALWAYS AS IDENTITY (sequence name "union_events_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"region_code" varchar(12) NOT NULL,
	"county_code" varchar(6) NOT NULL,
	"union_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"actor_id" uuid NOT NULL,
	"detail" jsonb NOT NULL
);
--> statement-breakpoint
ALTER TABLE "unions" ADD COLUMN "org_id" uuid;--> statement-breakpoint
ALTER TABLE "unions" ADD COLUMN "updated_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "union_events_by_union" ON "union_events" USING btree ("union_id","seq");