import { z } from 'zod';

// Requests of the task-list API (订单/领单/评单); the answers are in views.ts.

const text = (max: number) => z.string().trim().min(1).max(max);
const day = z.iso.date();

export const listParams = z.strictObject({ id: z.uuid() });
export const taskParams = z.strictObject({ id: z.uuid(), taskId: z.uuid() });

export const listTaskListsQuery = z.strictObject({
  union: z.uuid().optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
});

/** 订单: the joint meeting sets a union's targets for a year. */
export const createListBody = z.strictObject({
  union: z.uuid(),
  year: z.number().int().min(2000).max(2100),
  title: text(80).optional(),
  meetingOn: day,
  targets: z.array(text(200)).min(1).max(20),
});
export type NewTaskList = z.infer<typeof createListBody>;

/** A task split from the targets: measures, deadline, an owner when one is named already. */
export const addTaskBody = z.strictObject({
  title: text(80),
  measures: text(500),
  deadline: day,
  ownerPersonId: z.uuid().optional(),
});
export type NewTask = z.infer<typeof addTaskBody>;

/** 领单: the owner takes the task — a named person, or the caller's own person when left out. */
export const ownerBody = z.strictObject({ personId: z.uuid().optional() });

/** 月跟踪: progress of a month; entering a month again replaces its entry. */
export const progressBody = z.strictObject({
  month: z.string().regex(/^\d{4}-\d{2}$/, 'a month as YYYY-MM'),
  progress: z.number().int().min(0).max(100),
  note: text(500),
});
export type ProgressEntry = z.infer<typeof progressBody>;

/** 季考评: a quarter's score, given once. */
export const scoreBody = z.strictObject({
  quarter: z.number().int().min(1).max(4),
  score: z.number().min(0).max(100),
  note: text(200).optional(),
});
export type QuarterScore = z.infer<typeof scoreBody>;
