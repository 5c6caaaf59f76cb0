import { index, jsonb, pgTable, real, text, uuid } from 'drizzle-orm/pg-core';
import { at, bytea, stamps, tenant } from './columns.ts';

/**
 * Background work with progress (imports, planners): the caller gets a job id at once and polls.
 * A job's output file (an import's error workbook, a plan) is kept with it.
 */
export const jobs = pgTable(
  'jobs',
  {
    id: uuid('id').primaryKey(),
    ...tenant,
    accountId: uuid('account_id').notNull(),
    kind: text('kind').notNull(),
    status: text('status', { enum: ['running', 'succeeded', 'failed'] }).notNull(),
    progress: real('progress').notNull(),
    message: text('message'),
    result: jsonb('result'),
    artifact: bytea('artifact'),
    artifactName: text('artifact_name'),
    artifactType: text('artifact_type'),
    ...stamps,
    finishedAt: at('finished_at'),
    /** When its owner was shown the outcome; a finished job not yet seen is on their 待办. */
    seenAt: at('seen_at'),
  },
  (t) => [index('jobs_by_account').on(t.accountId, t.createdAt)],
);
