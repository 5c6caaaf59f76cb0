CREATE TABLE "demo_seed_chunks" (
	"chunk_index" integer PRIMARY KEY NOT NULL
);
--> statement-breakpoint
ALTER TABLE "accounts" ADD COLUMN "person_id" uuid;