CREATE TABLE "insight_fold_cursor" (
	"name" text PRIMARY KEY NOT NULL,
	"last_seq" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "insight_leaves" (
	"region_code" varchar(12) NOT NULL,
	"month" varchar(7) NOT NULL,
	"metric" text NOT NULL,
	"value" double precision NOT NULL,
	CONSTRAINT "insight_leaves_pk" PRIMARY KEY("region_code","month","metric")
);
--> statement-breakpoint
CREATE TABLE "insight_rollups" (
	"region_code" varchar(12) NOT NULL,
	"level" text NOT NULL,
	"period" varchar(7) NOT NULL,
	"metric" text NOT NULL,
	"value" double precision NOT NULL,
	CONSTRAINT "insight_rollups_pk" PRIMARY KEY("region_code","period","metric")
);
