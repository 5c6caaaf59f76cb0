import { and, asc, desc, eq, sql } from 'drizzle-orm';
import { taskLists, unions } from '../../db/schema/index.ts';
import { requireActor, type Ctx } from '../../platform/context.ts';
import { loadUnion, unionsVisible } from '../unions/access.ts';
import { summaryOf, tasksOf } from './detail.ts';
import type { TaskListSummary } from './views.ts';

/** The task lists of the unions the caller reads (one union's with `union`), newest year first. */
export async function listTaskLists(
  ctx: Ctx,
  filter: { union?: string | undefined; year?: number | undefined },
): Promise<{ items: TaskListSummary[] }> {
  if (filter.union) await loadUnion(ctx, filter.union); // 404 for a union the caller does not read
  const rows = await ctx.db
    .select({ list: taskLists, unionName: unions.name })
    .from(taskLists)
    .innerJoin(unions, sql`${unions.id}::text = ${taskLists.subjectId}`)
    .where(
      and(
        eq(taskLists.subjectKind, 'union'),
        unionsVisible(requireActor(ctx)),
        filter.union ? eq(taskLists.subjectId, filter.union) : undefined,
        filter.year ? eq(taskLists.year, filter.year) : undefined,
      ),
    )
    .orderBy(desc(taskLists.year), asc(unions.name), asc(taskLists.id));
  const tasks = await tasksOf(
    ctx,
    rows.map((r) => r.list.id),
  );
  return {
    items: rows.map(({ list, unionName }) => summaryOf(list, unionName, tasks.get(list.id) ?? [])),
  };
}
