import { jsonb, pgTable, uuid } from 'drizzle-orm/pg-core';
import { at, keyId } from './columns.ts';

/**
 * Master key rotations (`lingyan keys rotate`): which key the encrypted fields move from and to,
 * and whether the move finished. A server refuses to start with a key other than the one the last
 * finished rotation moved to, or while a rotation is unfinished (a half-moved table would fail its
 * reads): run the command again to finish it.
 */
export const keyRotations = pgTable('key_rotations', {
  id: uuid('id').primaryKey(),
  fromKey: keyId('from_key').notNull(),
  toKey: keyId('to_key').notNull(),
  startedAt: at('started_at').notNull(),
  finishedAt: at('finished_at'),
  /** Values re-encrypted so far, by table. */
  progress: jsonb('progress').$type<Record<string, number>>().notNull(),
});
