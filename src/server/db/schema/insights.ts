import { bigint, doublePrecision, pgTable, primaryKey, text, varchar } from 'drizzle-orm/pg-core';
import { regionCodeColumn } from './columns.ts';

/**
 * The additive metrics of a roll-up row, one column each: what the cases and the awarded
 * evaluations of a region and period count (`domain/insights/indicators.ts` turns them into rates).
 * Star levels have a column each up to ten; the triggers' deltas and the rebuild name the same
 * metrics (`stars_<level>`), and a level outside 0–10 has no column and is not counted by either.
 *
 * The collective economy's figures (issue 13 part 8) come from its books: `income_fen` is the
 * income ledger's sum by the entry's day (a voided record's reversal takes it back in the month it
 * was earned), `contracts_cleaned` / `cleanup_income_added_fen` the 清化收 outcomes by their day,
 * `dividends_paid_fen` what published dividend runs paid the households, by the publication's
 * Shanghai month, and `trusteeship_sign_ups` / `trusteeship_area_hundredths` the active 托管
 * sign-ups (one per household and crop group) and their area in 1/100 亩, by the season's start.
 * Money stays whole 分 in a float8 column: sums of integers are exact below 2^53 分 (about 90 万亿
 * 元), far above a province's yearly income, and readers round to integers anyway. Growth is not
 * stored: it is two years' rows compared on read.
 */
export const ROLLUP_METRICS = [
  'cases_received',
  'cases_resolved',
  'cases_on_time',
  'cases_escalated',
  'cases_rated',
  'cases_rating_sum',
  'cases_satisfied',
  'disputes_received',
  'disputes_resolved',
  'evaluations_awarded',
  'stars_3plus',
  'stars_0',
  'stars_1',
  'stars_2',
  'stars_3',
  'stars_4',
  'stars_5',
  'stars_6',
  'stars_7',
  'stars_8',
  'stars_9',
  'stars_10',
  'income_fen',
  'contracts_cleaned',
  'cleanup_income_added_fen',
  'dividends_paid_fen',
  'trusteeship_sign_ups',
  'trusteeship_area_hundredths',
] as const;
export type RollupMetric = (typeof ROLLUP_METRICS)[number];

const metricColumn = (name: string) => doublePrecision(name).notNull().default(0);
const metricColumns = Object.fromEntries(ROLLUP_METRICS.map((m) => [m, metricColumn(m)])) as {
  [M in RollupMetric]: ReturnType<typeof metricColumn>;
};

/**
 * Roll-ups the dashboards read, one row per region and period with every metric in its column:
 * every region at every level, per month (2026-03), quarter (2026-Q1) and year (2026). A region's
 * row = what its own records count + the sum of its children's rows. No row is stored whose
 * metrics are all zero. A fold adds to a row in place (fillfactor 80 keeps the update on its page).
 */
export const insightRollups = pgTable(
  'insight_rollups',
  {
    regionCode: regionCodeColumn().notNull(),
    level: text('level').notNull(),
    period: varchar('period', { length: 7 }).notNull(),
    ...metricColumns,
  },
  (t) => [primaryKey({ name: 'insight_rollups_pk', columns: [t.regionCode, t.period] })],
);

/** How far the fold has read the audit log (the change log every write already appends to). */
export const insightFoldCursor = pgTable('insight_fold_cursor', {
  name: text('name').primaryKey(),
  lastSeq: bigint('last_seq', { mode: 'number' }).notNull(),
});

/**
 * Changes waiting to be folded: what each write to `cases` or `evaluations` (and, for the economy's
 * metrics, to the income ledger, contracts, dividend runs and 托管 sign-ups) added to or took from
 * the records' counts, one row per region code and month with a column per metric (new
 * contribution minus old, summed per statement). Statement triggers on those tables append here
 * inside the writer's own transaction (drizzle/0034_insight_deltas.sql, 0038_economy_rollups.sql,
 * rows made wide in 0039_wide_deltas.sql), so the fold sees a change exactly when it commits, and
 * takes each row once (modules/insights/fold.ts).
 */
export const insightDeltas = pgTable('insight_deltas', {
  regionCode: regionCodeColumn().notNull(),
  month: varchar('month', { length: 7 }).notNull(),
  ...metricColumns,
});
