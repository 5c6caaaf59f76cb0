import { integer, jsonb, pgTable, primaryKey, text, uuid, varchar } from 'drizzle-orm/pg-core';
import { at, hex64 } from './columns.ts';

/** Stored responses of writes sent with an Idempotency-Key, per account (offline clients retry). */
export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    accountId: uuid('account_id').notNull(),
    key: text('key').notNull(),
    method: varchar('method', { length: 8 }).notNull(),
    path: text('path').notNull(),
    bodyHash: hex64('body_hash').notNull(),
    status: integer('status').notNull(),
    response: jsonb('response'),
    createdAt: at('created_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.accountId, t.key] })],
);
