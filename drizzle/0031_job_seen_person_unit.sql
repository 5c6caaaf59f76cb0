ALTER TABLE "jobs" ADD COLUMN "seen_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "persons_by_unit" ON "persons" USING btree ("unit_id");