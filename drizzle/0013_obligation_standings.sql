CREATE TABLE "obligation_standings" (
	"region_code" varchar(12) NOT NULL,
	"county_code" varchar(6) NOT NULL,
	"subject_kind" text NOT NULL,
	"subject_id" text NOT NULL,
	"rule_code" text NOT NULL,
	"year" integer NOT NULL,
	"met" integer NOT NULL,
	"last_met" integer NOT NULL,
	CONSTRAINT "obligation_standings_subject_kind_subject_id_rule_code_year_pk" PRIMARY KEY("subject_kind","subject_id","rule_code","year")
);
--> statement-breakpoint
CREATE INDEX "obligation_standings_by_county" ON "obligation_standings" USING btree ("county_code","year");