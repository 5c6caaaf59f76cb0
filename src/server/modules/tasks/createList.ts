import { and, eq } from 'drizzle-orm';
import { listProblems } from '../../../domain/tasks/taskList.ts';
import { shanghaiDate } from '../../../domain/time/shanghai.ts';
import { taskLists } from '../../db/schema/index.ts';
import { requireActor, transaction, type Ctx } from '../../platform/context.ts';
import { newRow } from '../../platform/newRow.ts';
import { refuseIfExists } from '../../platform/refuseIfExists.ts';
import { getTaskList } from './detail.ts';
import { unionToWrite } from './policy.ts';
import { rejectProblems } from './rejectProblems.ts';
import type { NewTaskList } from './schema.ts';
import { auditTask } from './taskAudit.ts';
import type { TaskListDetail } from './views.ts';

/**
 * 订单: a union's targets for a year as its joint meeting set them. One list per union and year
 * (409 for a second); a meeting not yet held or of another year answers 400; nothing is written.
 */
export async function createTaskList(ctx: Ctx, body: NewTaskList): Promise<TaskListDetail> {
  const union = await unionToWrite(ctx, body.union);
  rejectProblems(listProblems(body, shanghaiDate(ctx.clock())));
  await refuseIfExists(
    ctx,
    taskLists,
    and(eq(taskLists.subjectId, union.row.id), eq(taskLists.year, body.year)),
    {
      zh: `该联建 ${body.year} 年的任务清单已存在`,
      en: `The union already has a task list for ${body.year}`,
    },
  );
  return transaction(ctx, async (tx) => {
    const now = tx.clock();
    const row = {
      ...newRow(now, union.row.regionCode),
      subjectKind: 'union',
      subjectId: union.row.id,
      year: body.year,
      title: body.title ?? `${union.row.name}${body.year}年度任务清单`,
      meetingOn: body.meetingOn,
      targets: body.targets,
      createdBy: requireActor(tx).accountId,
      createdAt: now,
    };
    await tx.db.insert(taskLists).values(row);
    await auditTask(tx, 'list_create', { type: 'task_list', ...row }, { after: row });
    return getTaskList(tx, row.id);
  });
}
