import { bigint, doublePrecision, pgTable, primaryKey, text, varchar } from 'drizzle-orm/pg-core';
import { regionCodeColumn } from './columns.ts';

/**
 * What the records themselves say per region code and month (the leaf of the roll-up): a case or
 * an evaluation counts at the exact region it was filed in. Rebuilt per touched code by the fold.
 */
export const insightLeaves = pgTable(
  'insight_leaves',
  {
    regionCode: regionCodeColumn().notNull(),
    month: varchar('month', { length: 7 }).notNull(),
    metric: text('metric').notNull(),
    value: doublePrecision('value').notNull(),
  },
  (t) => [primaryKey({ name: 'insight_leaves_pk', columns: [t.regionCode, t.month, t.metric] })],
);

/**
 * Roll-ups the dashboards read: every region at every level, per month (2026-03), quarter
 * (2026-Q1) and year (2026). A region's row = its own leaves + the sum of its children's rows.
 */
export const insightRollups = pgTable(
  'insight_rollups',
  {
    regionCode: regionCodeColumn().notNull(),
    level: text('level').notNull(),
    period: varchar('period', { length: 7 }).notNull(),
    metric: text('metric').notNull(),
    value: doublePrecision('value').notNull(),
  },
  (t) => [primaryKey({ name: 'insight_rollups_pk', columns: [t.regionCode, t.period, t.metric] })],
);

/** How far the fold has read the audit log (the change log every write already appends to). */
export const insightFoldCursor = pgTable('insight_fold_cursor', {
  name: text('name').primaryKey(),
  lastSeq: bigint('last_seq', { mode: 'number' }).notNull(),
});

/**
 * Changes waiting to be folded: what each write to `cases` or `evaluations` added to or took from
 * the leaves, per region code, month and metric (new contribution minus old, grouped per
 * statement). Statement triggers on those tables append here inside the writer's own transaction
 * (drizzle/0034_insight_deltas.sql), so the fold sees a change exactly when it commits, and takes
 * each row once (modules/insights/fold.ts).
 */
export const insightDeltas = pgTable('insight_deltas', {
  regionCode: regionCodeColumn().notNull(),
  month: varchar('month', { length: 7 }).notNull(),
  metric: text('metric').notNull(),
  value: doublePrecision('value').notNull(),
});
