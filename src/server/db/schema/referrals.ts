import { index, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { at, stamps, tenant } from './columns.ts';

/**
 * A person a village could not register because the ID number is registered outside its scope
 * (issue 16 finding 4): the village is told only that the number cannot be registered there, and
 * the township resolves it — moves the person to the village, or rejects. regionCode is the
 * village that asked.
 */
export const personReferrals = pgTable(
  'person_referrals',
  {
    id: uuid('id').primaryKey(),
    ...tenant,
    name: text('name').notNull(),
    idCipher: text('id_cipher').notNull(),
    idIndex: text('id_index').notNull(),
    requesterUsername: text('requester_username').notNull(),
    status: text('status', { enum: ['pending', 'moved', 'rejected'] }).notNull(),
    resolvedBy: text('resolved_by'),
    resolvedAt: at('resolved_at'),
    ...stamps,
  },
  (t) => [index('person_referrals_by_status_region').on(t.status, t.regionCode)],
);
