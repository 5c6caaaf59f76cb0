import { index, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { at, stamps, tenant } from './columns.ts';

/**
 * A reveal past the daily threshold waits for the county admin (issue 16 finding 7): the request,
 * the decision, and its single use. regionCode is the revealed object's region (the scope it is
 * listed in).
 */
export const revealRequests = pgTable(
  'reveal_requests',
  {
    id: uuid('id').primaryKey(),
    ...tenant,
    requesterId: uuid('requester_id').notNull(),
    requesterUsername: text('requester_username').notNull(),
    objectType: text('object_type').notNull(),
    objectId: uuid('object_id').notNull(),
    field: text('field').notNull(),
    purpose: text('purpose').notNull(),
    note: text('note'),
    status: text('status', { enum: ['pending', 'approved', 'denied', 'used'] }).notNull(),
    decidedBy: text('decided_by'),
    decidedAt: at('decided_at'),
    ...stamps,
  },
  (t) => [index('reveal_requests_by_status_region').on(t.status, t.regionCode)],
);
