-- One audit hash chain per county and one for the platform (audit/auditWriter.ts). Rows written
-- before this migration keep their hashes and form the 'legacy' chain, verified by seq as before;
-- no existing row is changed (the append-only trigger stays on). seq becomes a plain insertion
-- order across chains, drawn from a sequence so that counties need not wait on one another.
ALTER TABLE "audit_events" ADD COLUMN "chain" text DEFAULT 'legacy' NOT NULL;--> statement-breakpoint
ALTER TABLE "audit_events" ALTER COLUMN "chain" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "audit_events" ADD COLUMN "chain_seq" bigint;--> statement-breakpoint
CREATE SEQUENCE "audit_events_seq" OWNED BY "audit_events"."seq";--> statement-breakpoint
SELECT setval('audit_events_seq', COALESCE((SELECT max("seq") FROM "audit_events"), 0) + 1, false);--> statement-breakpoint
ALTER TABLE "audit_events" ALTER COLUMN "seq" SET DEFAULT nextval('audit_events_seq');--> statement-breakpoint
CREATE UNIQUE INDEX "audit_events_by_chain" ON "audit_events" USING btree ("chain","chain_seq");
