import { eq } from 'drizzle-orm';
import type { Actor } from '../../../domain/access/policy.ts';
import { takesEntries, type TaskStatus } from '../../../domain/tasks/taskList.ts';
import { taskItems, taskLists } from '../../db/schema/index.ts';
import { requireActor, type Ctx } from '../../platform/context.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { loadUnion, mayManage, type LoadedUnion } from '../unions/access.ts';

/**
 * Who reads and writes a union's task list — decided here only, on the union's own rules
 * (unions/access.ts):
 *   readers — whoever reads the union (directory.read over a member village)
 *   writers — the union's managers (unions.manage over every member village) and its own cadres
 *             (a `union_cadre` grant on `union:<id>`): they set targets, add tasks, name owners,
 *             enter the months and score the quarters
 * A list the caller may not read answers 404; one they read but may not write 403.
 */
export const TASK_POLICY =
  'tasks/policy.ts — read with the union; written by its managers and its own union cadres; else 404/403';

export type TaskListRow = typeof taskLists.$inferSelect;
export type TaskRow = typeof taskItems.$inferSelect;

export function isUnionCadreOf(actor: Actor, unionId: string): boolean {
  return actor.grants.some((g) => g.role === 'union_cadre' && g.scope === `union:${unionId}`);
}

export function mayWrite(actor: Actor, union: LoadedUnion): boolean {
  return mayManage(actor, union.villages) || isUnionCadreOf(actor, union.row.id);
}

/** The union a list is written for, if the caller may write there: 404 unseen, 403 read-only. */
export async function unionToWrite(ctx: Ctx, unionId: string): Promise<LoadedUnion> {
  const union = await loadUnion(ctx, unionId);
  if (!mayWrite(requireActor(ctx), union)) throw new AppError('FORBIDDEN');
  return union;
}

export interface LoadedList {
  list: TaskListRow;
  union: LoadedUnion;
}

/** The list if the caller reads its union, else 404. */
export async function loadList(ctx: Ctx, id: string): Promise<LoadedList> {
  const [list] = await ctx.db.select().from(taskLists).where(eq(taskLists.id, id));
  if (!list) throw notFound();
  return { list, union: await loadUnion(ctx, list.subjectId) };
}

/** The list if the caller may write it: 404 when unseen, 403 when only read. */
export async function loadListToWrite(ctx: Ctx, id: string): Promise<LoadedList> {
  const loaded = await loadList(ctx, id);
  if (!mayWrite(requireActor(ctx), loaded.union)) throw new AppError('FORBIDDEN');
  return loaded;
}

export const closedTask = (): AppError =>
  new AppError('CONFLICT', {
    zh: '该任务已关闭，不能再修改',
    en: 'The task is closed and takes no more entries',
  });

/** A task of a list the caller may write (404 for a task of another list). */
export async function loadTaskToWrite(
  ctx: Ctx,
  listId: string,
  taskId: string,
): Promise<LoadedList & { task: TaskRow }> {
  const loaded = await loadListToWrite(ctx, listId);
  const [task] = await ctx.db.select().from(taskItems).where(eq(taskItems.id, taskId));
  if (!task || task.listId !== loaded.list.id) throw notFound();
  return { ...loaded, task };
}

/** An open task of a list the caller may write: a closed one takes no more entries (409). */
export async function loadOpenTaskToWrite(
  ctx: Ctx,
  listId: string,
  taskId: string,
): Promise<LoadedList & { task: TaskRow }> {
  const loaded = await loadTaskToWrite(ctx, listId, taskId);
  if (!takesEntries(loaded.task.status as TaskStatus)) throw closedTask();
  return loaded;
}
