CREATE TABLE "economy_cadre_reward_shares" (
	"reward_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"county_code" varchar(6) NOT NULL,
	"positions" jsonb NOT NULL,
	"weight" integer NOT NULL,
	"amount_fen" bigint NOT NULL,
	CONSTRAINT "economy_cadre_reward_shares_pk" PRIMARY KEY("reward_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "economy_cadre_rewards" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"county_code" varchar(6) NOT NULL,
	"year" integer NOT NULL,
	"this_year_fen" bigint NOT NULL,
	"last_year_fen" bigint NOT NULL,
	"pool_fen" bigint NOT NULL,
	"total_fen" bigint NOT NULL,
	"rule" jsonb NOT NULL,
	"status" text NOT NULL,
	"proposed_by" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"decision_note" text,
	CONSTRAINT "economy_cadre_rewards_status" CHECK ("economy_cadre_rewards"."status" IN ('proposed', 'approved', 'rejected')),
	CONSTRAINT "economy_cadre_rewards_money" CHECK ("economy_cadre_rewards"."total_fen" >= 0 AND "economy_cadre_rewards"."total_fen" <= "economy_cadre_rewards"."pool_fen")
);
--> statement-breakpoint
CREATE TABLE "economy_reward_rules" (
	"region_code" varchar(12) NOT NULL,
	"county_code" varchar(6) NOT NULL,
	"year" integer NOT NULL,
	"share_bp" integer NOT NULL,
	"village_cap_fen" bigint NOT NULL,
	"cadre_cap_fen" bigint NOT NULL,
	"division" text NOT NULL,
	"weights" jsonb NOT NULL,
	"updated_by" uuid NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "economy_reward_rules_pk" PRIMARY KEY("county_code","year"),
	CONSTRAINT "economy_reward_rules_share" CHECK ("economy_reward_rules"."share_bp" BETWEEN 0 AND 10000),
	CONSTRAINT "economy_reward_rules_caps" CHECK ("economy_reward_rules"."village_cap_fen" >= 0 AND "economy_reward_rules"."cadre_cap_fen" >= 0)
);
--> statement-breakpoint
CREATE INDEX "economy_cadre_reward_shares_by_person" ON "economy_cadre_reward_shares" USING btree ("person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "economy_cadre_rewards_one_standing" ON "economy_cadre_rewards" USING btree ("region_code","year") WHERE "economy_cadre_rewards"."status" <> 'rejected';