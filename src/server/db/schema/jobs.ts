import {
  customType,
  index,
  jsonb,
  pgTable,
  real,
  text,
  timestamp,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core';

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => Buffer.from(value),
});

/**
 * Background work with progress (imports, planners): the caller gets a job id at once and polls.
 * A job's output file (an import's error workbook, a plan) is kept with it.
 */
export const jobs = pgTable(
  'jobs',
  {
    id: uuid('id').primaryKey(),
    regionCode: varchar('region_code', { length: 12 }).notNull(),
    countyCode: varchar('county_code', { length: 6 }).notNull(),
    accountId: uuid('account_id').notNull(),
    kind: text('kind').notNull(),
    status: text('status', { enum: ['running', 'succeeded', 'failed'] }).notNull(),
    progress: real('progress').notNull(),
    message: text('message'),
    result: jsonb('result'),
    artifact: bytea('artifact'),
    artifactName: text('artifact_name'),
    artifactType: text('artifact_type'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull(),
    finishedAt: timestamp('finished_at', { withTimezone: true, mode: 'date' }),
  },
  (t) => [index('jobs_by_account').on(t.accountId, t.createdAt)],
);
