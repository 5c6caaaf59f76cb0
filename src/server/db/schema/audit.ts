import { sql } from 'drizzle-orm';
import { bigint, index, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { at, countyCodeColumn, hex64, keyId, regionCodeColumn } from './columns.ts';

/**
 * Append-only, hash-chained audit log (DESIGN.md §5). A trigger refuses UPDATE, DELETE and
 * TRUNCATE; `hash` = SM3(prev_hash ‖ canonical row), so an edit behind the application's back
 * breaks the chain at that row. One chain per county (`chain` = county code) and one for the
 * platform, each numbered by `chain_seq`; `seq` only orders rows across chains. Rows from before
 * chains existed form the `legacy` chain, numbered by `seq` (audit/auditWriter.ts). Each row is
 * sealed with a key outside the database, and checkpoints of each chain's head are written outside
 * it too (audit/checkpoints.ts), so a superuser can neither re-hash a rewrite nor cut the tail unseen.
 */
export const auditEvents = pgTable(
  'audit_events',
  {
    seq: bigint('seq', { mode: 'number' })
      .primaryKey()
      .default(sql`nextval('audit_events_seq')`),
    chain: text('chain').notNull(),
    chainSeq: bigint('chain_seq', { mode: 'number' }),
    id: uuid('id').notNull(),
    occurredAt: at('occurred_at').notNull(),
    actorId: uuid('actor_id'),
    actorUsername: text('actor_username'),
    role: text('role'),
    scope: text('scope'),
    action: text('action').notNull(),
    objectType: text('object_type').notNull(),
    objectId: text('object_id'),
    regionCode: regionCodeColumn(),
    countyCode: countyCodeColumn(),
    beforeDigest: hex64('before_digest'),
    afterDigest: hex64('after_digest'),
    // What changed, by field name only: values stay out of the log (sensitive fields among them).
    detail: jsonb('detail').$type<Record<string, unknown>>(),
    requestId: text('request_id'),
    prevHash: hex64('prev_hash').notNull(),
    hash: hex64('hash').notNull(),
    // HMAC-SM3 of `hash` under a key kept outside the database, and that key's id (null on rows
    // written before rows were sealed): a re-hashed rewrite cannot be sealed again without the key.
    seal: hex64('seal'),
    sealKey: keyId('seal_key'),
  },
  (t) => [
    index('audit_events_by_region').on(t.regionCode, t.seq),
    // the brake on reveal counts one actor's recent reveals (privacy/brake.ts) on every reveal
    index('audit_events_by_actor_action').on(t.actorId, t.action, t.occurredAt),
    uniqueIndex('audit_events_by_chain').on(t.chain, t.chainSeq),
  ],
);
