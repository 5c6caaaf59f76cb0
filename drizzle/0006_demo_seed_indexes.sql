CREATE TABLE "demo_seed_indexes" (
	"name" text PRIMARY KEY NOT NULL,
	"definition" text NOT NULL
);
