import { sql } from 'drizzle-orm';
import { check, index, pgTable, text, varchar } from 'drizzle-orm/pg-core';
import { decided, tenant } from './columns.ts';

/**
 * 预警中心: what a cadre decided about one warning (知悉 / 已处理) with the note. The warnings
 * themselves are computed from the records on every read; this row sticks to the warning's key
 * (`kind:regionCode:id`) for as long as its cause lasts. The audit log keeps every decision.
 */
export const warningDecisions = pgTable(
  'warning_decisions',
  {
    key: text('key').primaryKey(),
    ...tenant,
    kind: varchar('kind', { length: 24 }).notNull(),
    status: varchar('status', { length: 12 }).notNull(),
    note: text('note').notNull(),
    ...decided,
  },
  (t) => [
    index('warning_decisions_by_region').on(t.regionCode),
    check('warning_decisions_status', sql`${t.status} IN ('acknowledged','resolved')`),
  ],
);
