import { and, eq } from 'drizzle-orm';
import { progressProblems } from '../../../domain/tasks/taskList.ts';
import { shanghaiDate } from '../../../domain/time/shanghai.ts';
import { taskProgress } from '../../db/schema/index.ts';
import { requireActor, transaction, type Ctx } from '../../platform/context.ts';
import { newRow } from '../../platform/newRow.ts';
import { getTaskList } from './detail.ts';
import { loadOpenTaskToWrite } from './policy.ts';
import { rejectProblems } from './rejectProblems.ts';
import type { ProgressEntry } from './schema.ts';
import { auditTask } from './taskAudit.ts';
import type { TaskListDetail } from './views.ts';

/**
 * 月跟踪: a task's progress for a month of the list's year, up to this month. Entering a month
 * again replaces its entry (the audit keeps the one before). A closed task answers 409.
 */
export async function enterProgress(
  ctx: Ctx,
  listId: string,
  taskId: string,
  body: ProgressEntry,
): Promise<TaskListDetail> {
  const { list, task } = await loadOpenTaskToWrite(ctx, listId, taskId);
  rejectProblems(progressProblems(body, list.year, shanghaiDate(ctx.clock())));
  return transaction(ctx, async (tx) => {
    const now = tx.clock();
    const [before] = await tx.db
      .select()
      .from(taskProgress)
      .where(and(eq(taskProgress.taskId, task.id), eq(taskProgress.month, body.month)));
    const change = { ...body, recordedBy: requireActor(tx).accountId, recordedAt: now };
    if (before) await tx.db.update(taskProgress).set(change).where(eq(taskProgress.id, before.id));
    else
      await tx.db.insert(taskProgress).values({
        ...newRow(now, task.regionCode),
        taskId: task.id,
        ...change,
      });
    await auditTask(
      tx,
      'progress_enter',
      { type: 'task_item', ...task },
      { ...(before ? { before } : {}), after: { taskId: task.id, ...change } },
    );
    return getTaskList(tx, list.id);
  });
}
