import { eq } from 'drizzle-orm';
import { mayMoveTask, type TaskStatus } from '../../../domain/tasks/taskList.ts';
import { taskItems } from '../../db/schema/index.ts';
import { transaction, type Ctx } from '../../platform/context.ts';
import { getTaskList } from './detail.ts';
import { closedTask, loadTaskToWrite } from './policy.ts';
import { auditTask } from './taskAudit.ts';
import type { TaskListDetail } from './views.ts';

/** Closes a task (finished, or ended by the joint meeting): it takes no more entries. */
export async function closeTask(ctx: Ctx, listId: string, taskId: string): Promise<TaskListDetail> {
  const { task } = await loadTaskToWrite(ctx, listId, taskId);
  if (!mayMoveTask(task.status as TaskStatus, 'closed')) throw closedTask();
  return transaction(ctx, async (tx) => {
    const closedAt = tx.clock();
    await tx.db
      .update(taskItems)
      .set({ status: 'closed', closedAt })
      .where(eq(taskItems.id, task.id));
    await auditTask(
      tx,
      'task_close',
      { type: 'task_item', ...task },
      { before: { status: task.status }, after: { status: 'closed', closedAt } },
    );
    return getTaskList(tx, listId);
  });
}
