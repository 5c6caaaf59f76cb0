import { deadlineProblems } from '../../../domain/tasks/taskList.ts';
import { taskItems } from '../../db/schema/index.ts';
import { requireActor, transaction, type Ctx } from '../../platform/context.ts';
import { newRow } from '../../platform/newRow.ts';
import { getTaskList } from './detail.ts';
import { checkOwner } from './owner.ts';
import { loadListToWrite } from './policy.ts';
import { rejectProblems } from './rejectProblems.ts';
import type { NewTask } from './schema.ts';
import { auditTask } from './taskAudit.ts';
import type { TaskListDetail } from './views.ts';

/** A task split from the list's targets: measures, a deadline in the list's year, maybe an owner. */
export async function addTask(ctx: Ctx, listId: string, body: NewTask): Promise<TaskListDetail> {
  const { list, union } = await loadListToWrite(ctx, listId);
  rejectProblems(deadlineProblems(body.deadline, list.year));
  if (body.ownerPersonId) await checkOwner(ctx, union, body.ownerPersonId, 'body.ownerPersonId');
  return transaction(ctx, async (tx) => {
    const now = tx.clock();
    const row = {
      ...newRow(now, list.regionCode),
      listId: list.id,
      title: body.title,
      measures: body.measures,
      ownerPersonId: body.ownerPersonId ?? null,
      deadline: body.deadline,
      status: 'open',
      createdBy: requireActor(tx).accountId,
      createdAt: now,
    };
    await tx.db.insert(taskItems).values(row);
    await auditTask(tx, 'task_add', { type: 'task_item', ...row }, { after: row });
    return getTaskList(tx, list.id);
  });
}
