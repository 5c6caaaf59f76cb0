import { z } from 'zod';
import { TASK_STATUSES, TASK_SUBJECT_KINDS } from '../../../domain/tasks/taskList.ts';

// Answers of the task-list API: the routes declare them and the web derives its types from them.

const person = z.object({ id: z.string(), name: z.string() });

const subject = z.object({
  kind: z.enum(TASK_SUBJECT_KINDS),
  id: z.string(),
  name: z.string(),
});

export const progressView = z.object({
  month: z.string().describe('YYYY-MM'),
  progress: z.number().int().describe('percent, as the owner reported it'),
  note: z.string(),
  recordedBy: z.string().describe('username'),
});

export const scoreView = z.object({
  quarter: z.number().int(),
  score: z.number(),
  note: z.string().nullable(),
  scoredBy: z.string().describe('username of who scored'),
  scoredAt: z.iso.datetime(),
});

export const taskView = z.object({
  id: z.string(),
  title: z.string(),
  measures: z.string(),
  owner: person.nullable(),
  deadline: z.string(),
  status: z.enum(TASK_STATUSES),
  closedAt: z.iso.datetime().nullable(),
  progress: z.array(progressView).describe('by month'),
  latestProgress: z.number().int(),
  scores: z.array(scoreView).describe('by quarter'),
  annualScore: z.number().nullable().describe('mean of the quarters scored so far'),
});
export type TaskView = z.infer<typeof taskView>;

export const taskListSummary = z.object({
  id: z.string(),
  subject,
  regionCode: z.string(),
  year: z.number().int(),
  title: z.string(),
  meetingOn: z.string(),
  tasks: z.number().int(),
  closed: z.number().int(),
  annualScore: z.number().nullable(),
});
export type TaskListSummary = z.infer<typeof taskListSummary>;
export const taskListList = z.object({ items: z.array(taskListSummary) });

export const taskListDetail = taskListSummary.extend({
  targets: z.array(z.string()),
  items: z.array(taskView),
  monthsDue: z.array(z.string()).describe('January up to this month, for the list’s year'),
  abilities: z
    .object({ write: z.boolean() })
    .describe('write: add tasks, assign owners, enter progress and scores, close tasks'),
});
export type TaskListDetail = z.infer<typeof taskListDetail>;
