import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  uniqueIndex,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core';
import type { ZeroCounts } from '../../../domain/zero/events.ts';
import { created, decided, tenant } from './columns.ts';

/**
 * 三零 events: a petition beyond the level, a safety accident or a criminal case in a village
 * (region_code) or at a unit there (unit_id), recorded by the village's or township's staff.
 */
export const zeroEvents = pgTable(
  'zero_events',
  {
    id: uuid('id').primaryKey(),
    ...tenant,
    unitId: uuid('unit_id'),
    kind: text('kind').notNull(),
    occurredOn: varchar('occurred_on', { length: 10 }).notNull(),
    description: text('description').notNull(),
    ...created,
  },
  (t) => [
    index('zero_events_by_region_day').on(t.regionCode, t.occurredOn),
    check('zero_events_kind', sql`${t.kind} IN ('petition','accident','criminal')`),
  ],
);

/**
 * 评定验收: the county's decision on a village's (or unit's) year, with the counts it saw. One per
 * subject and year; `subject` is `village:<code>` or `unit:<id>`.
 */
export const zeroAcceptances = pgTable(
  'zero_acceptances',
  {
    id: uuid('id').primaryKey(),
    ...tenant,
    subject: text('subject').notNull(),
    unitId: uuid('unit_id'),
    year: integer('year').notNull(),
    accepted: boolean('accepted').notNull(),
    comment: text('comment').notNull(),
    counts: jsonb('counts').$type<ZeroCounts>().notNull(),
    ...decided,
  },
  (t) => [uniqueIndex('zero_acceptances_subject_year').on(t.subject, t.year)],
);
