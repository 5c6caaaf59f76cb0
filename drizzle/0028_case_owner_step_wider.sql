ALTER TABLE "case_events" ALTER COLUMN "owner_step" SET DATA TYPE varchar(24);--> statement-breakpoint
ALTER TABLE "cases" ALTER COLUMN "owner_step" SET DATA TYPE varchar(24);