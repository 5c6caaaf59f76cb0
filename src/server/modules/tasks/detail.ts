import { asc, eq, inArray } from 'drizzle-orm';
import {
  latestProgress,
  listAnnualScore,
  monthsDue,
  taskAnnualScore,
  type TaskStatus,
} from '../../../domain/tasks/taskList.ts';
import { shanghaiDate } from '../../../domain/time/shanghai.ts';
import { accounts, persons, taskItems, taskProgress, taskScores } from '../../db/schema/index.ts';
import { requireActor, type Ctx } from '../../platform/context.ts';
import { loadList, mayWrite, type TaskListRow } from './policy.ts';
import type { TaskListDetail, TaskListSummary, TaskView } from './views.ts';

/** The tasks of lists, each with its months, quarters and scores, in the order they were added. */
export async function tasksOf(
  ctx: Ctx,
  listIds: readonly string[],
): Promise<Map<string, TaskView[]>> {
  const out = new Map<string, TaskView[]>(listIds.map((id) => [id, []]));
  if (listIds.length === 0) return out;
  const rows = await ctx.db
    .select({ task: taskItems, ownerName: persons.name })
    .from(taskItems)
    .leftJoin(persons, eq(persons.id, taskItems.ownerPersonId))
    .where(inArray(taskItems.listId, [...listIds]))
    .orderBy(asc(taskItems.seq));
  const ids = rows.map((r) => r.task.id);
  const months =
    ids.length === 0
      ? []
      : await ctx.db
          .select({ entry: taskProgress, by: accounts.username })
          .from(taskProgress)
          .leftJoin(accounts, eq(accounts.id, taskProgress.recordedBy))
          .where(inArray(taskProgress.taskId, ids))
          .orderBy(asc(taskProgress.month));
  const quarters =
    ids.length === 0
      ? []
      : await ctx.db
          .select({ score: taskScores, by: accounts.username })
          .from(taskScores)
          .leftJoin(accounts, eq(accounts.id, taskScores.scoredBy))
          .where(inArray(taskScores.taskId, ids))
          .orderBy(asc(taskScores.quarter));
  for (const { task, ownerName } of rows) {
    const progress = months
      .filter((m) => m.entry.taskId === task.id)
      .map(({ entry, by }) => ({
        month: entry.month,
        progress: entry.progress,
        note: entry.note,
        recordedBy: by ?? '',
      }));
    const scores = quarters
      .filter((q) => q.score.taskId === task.id)
      .map(({ score, by }) => ({
        quarter: score.quarter,
        score: Number(score.score),
        note: score.note,
        scoredBy: by ?? '',
        scoredAt: score.scoredAt.toISOString(),
      }));
    out.get(task.listId)?.push({
      id: task.id,
      title: task.title,
      measures: task.measures,
      owner: task.ownerPersonId && ownerName ? { id: task.ownerPersonId, name: ownerName } : null,
      deadline: task.deadline,
      status: task.status as TaskStatus,
      closedAt: task.closedAt?.toISOString() ?? null,
      progress,
      latestProgress: latestProgress(progress),
      scores,
      annualScore: taskAnnualScore(scores.map((s) => s.score)),
    });
  }
  return out;
}

export function summaryOf(
  list: TaskListRow,
  unionName: string,
  tasks: readonly TaskView[],
): TaskListSummary {
  return {
    id: list.id,
    subject: { kind: 'union', id: list.subjectId, name: unionName },
    regionCode: list.regionCode,
    year: list.year,
    title: list.title,
    meetingOn: list.meetingOn,
    tasks: tasks.length,
    closed: tasks.filter((t) => t.status === 'closed').length,
    annualScore: listAnnualScore(tasks.map((t) => t.annualScore)),
  };
}

/** The board of one list: targets, tasks with owners, months and quarters, what the caller may do. */
export async function getTaskList(ctx: Ctx, id: string): Promise<TaskListDetail> {
  const { list, union } = await loadList(ctx, id);
  const tasks = (await tasksOf(ctx, [list.id])).get(list.id) ?? [];
  return {
    ...summaryOf(list, union.row.name, tasks),
    targets: list.targets,
    items: tasks,
    monthsDue: monthsDue(list.year, shanghaiDate(ctx.clock())),
    abilities: { write: mayWrite(requireActor(ctx), union) },
  };
}
