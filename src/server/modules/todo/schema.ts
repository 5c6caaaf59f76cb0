import { z } from 'zod';

export const TODO_KINDS = [
  'casesWaiting',
  'casesToConfirm',
  'evaluations',
  'dividends',
  'cadreRewards',
  'warnings',
  'jobs',
  'inbox',
] as const;
export type TodoKind = (typeof TODO_KINDS)[number];

const todoItem = z.object({
  id: z.string(),
  /**
   * The record's own words: a case title, a round's name, a dividend run's payer and year; for a
   * finished job its kind's key (import.persons), which the web names.
   */
  title: z.string(),
  /** What the caller is to do on it (an action key the web names), when the group has several. */
  action: z.string().nullable(),
  /** A word to the caller from whoever sent the record back (the township's note on a returned reward). */
  note: z.string().nullable(),
  count: z.number().int(),
  dueAt: z.string().nullable(),
  overdue: z.boolean(),
  link: z.string(),
});

const todoGroup = z.object({
  kind: z.enum(TODO_KINDS),
  count: z.number().int(),
  /** The first few records; `link` opens the whole list. */
  items: z.array(todoItem),
  link: z.string(),
});

/** 待办: what waits for the caller now, from the records, in the order of the kinds. */
export const todoView = z.object({
  total: z.number().int(),
  groups: z.array(todoGroup),
});

export type TodoItem = z.infer<typeof todoItem>;
export type TodoGroup = z.infer<typeof todoGroup>;
