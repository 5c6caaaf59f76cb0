import { sql } from 'drizzle-orm';
import {
  bigint,
  check,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  text,
  uniqueIndex,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core';
import { at, created, tenant } from './columns.ts';

/**
 * A task list (订单/领单/评单, DESIGN.md §3): one subject's year, its targets as the joint meeting
 * set them. subject_id is the union's id; region_code is the union's (its county or township).
 */
export const taskLists = pgTable(
  'task_lists',
  {
    id: uuid('id').primaryKey(),
    ...tenant,
    subjectKind: text('subject_kind').notNull(),
    subjectId: text('subject_id').notNull(),
    year: integer('year').notNull(),
    title: text('title').notNull(),
    /** The joint meeting (联席会议) that set the targets. */
    meetingOn: date('meeting_on', { mode: 'string' }).notNull(),
    targets: jsonb('targets').$type<string[]>().notNull(),
    ...created,
  },
  (t) => [
    uniqueIndex('task_lists_one_per_year').on(t.subjectKind, t.subjectId, t.year),
    check('task_lists_subject_kind', sql`${t.subjectKind} IN ('union')`),
  ],
);

/** A task of a list: measures, owner (领单, a person of the directory), deadline, open or closed. */
export const taskItems = pgTable(
  'task_items',
  {
    id: uuid('id').primaryKey(),
    // The order tasks were added in: several added in one instant still list in that order.
    seq: bigint('seq', { mode: 'number' }).generatedAlwaysAsIdentity(),
    ...tenant,
    listId: uuid('list_id').notNull(),
    title: text('title').notNull(),
    measures: text('measures').notNull(),
    ownerPersonId: uuid('owner_person_id'),
    deadline: date('deadline', { mode: 'string' }).notNull(),
    status: text('status').notNull().default('open'),
    ...created,
    closedAt: at('closed_at'),
  },
  (t) => [
    index('task_items_by_list').on(t.listId, t.seq),
    check('task_items_status', sql`${t.status} IN ('open', 'closed')`),
  ],
);

/** 月跟踪: one entry per task and month (YYYY-MM), progress in whole percent. */
export const taskProgress = pgTable(
  'task_progress',
  {
    id: uuid('id').primaryKey(),
    ...tenant,
    taskId: uuid('task_id').notNull(),
    month: varchar('month', { length: 7 }).notNull(),
    progress: integer('progress').notNull(),
    note: text('note').notNull(),
    recordedBy: uuid('recorded_by').notNull(),
    recordedAt: at('recorded_at').notNull(),
  },
  (t) => [
    uniqueIndex('task_progress_one_per_month').on(t.taskId, t.month),
    check('task_progress_range', sql`${t.progress} BETWEEN 0 AND 100`),
  ],
);

/** 季考评: one score per task and quarter, 0–100, with who gave it. */
export const taskScores = pgTable(
  'task_scores',
  {
    id: uuid('id').primaryKey(),
    ...tenant,
    taskId: uuid('task_id').notNull(),
    quarter: integer('quarter').notNull(),
    score: numeric('score', { precision: 4, scale: 1, mode: 'number' }).notNull(),
    note: text('note'),
    scoredBy: uuid('scored_by').notNull(),
    scoredAt: at('scored_at').notNull(),
  },
  (t) => [
    uniqueIndex('task_scores_one_per_quarter').on(t.taskId, t.quarter),
    check('task_scores_quarter', sql`${t.quarter} BETWEEN 1 AND 4`),
    check('task_scores_range', sql`${t.score} BETWEEN 0 AND 100`),
  ],
);
