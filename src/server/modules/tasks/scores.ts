import { and, eq } from 'drizzle-orm';
import { scoreProblems } from '../../../domain/tasks/taskList.ts';
import { shanghaiDate } from '../../../domain/time/shanghai.ts';
import { taskScores } from '../../db/schema/index.ts';
import { requireActor, transaction, type Ctx } from '../../platform/context.ts';
import { newRow } from '../../platform/newRow.ts';
import { refuseIfExists } from '../../platform/refuseIfExists.ts';
import { getTaskList } from './detail.ts';
import { loadOpenTaskToWrite } from './policy.ts';
import { rejectProblems } from './rejectProblems.ts';
import type { QuarterScore } from './schema.ts';
import { auditTask } from './taskAudit.ts';
import type { TaskListDetail } from './views.ts';

/**
 * 季考评: a task's score for a quarter that has begun, 0–100, given once (409 for a second; the
 * results tie to 评先评优, so a score stands). A closed task is scored before it closes.
 */
export async function scoreQuarter(
  ctx: Ctx,
  listId: string,
  taskId: string,
  body: QuarterScore,
): Promise<TaskListDetail> {
  const { list, task } = await loadOpenTaskToWrite(ctx, listId, taskId);
  rejectProblems(scoreProblems(body, list.year, shanghaiDate(ctx.clock())));
  await refuseIfExists(
    ctx,
    taskScores,
    and(eq(taskScores.taskId, task.id), eq(taskScores.quarter, body.quarter)),
    {
      zh: `该任务第 ${body.quarter} 季度已考评`,
      en: `Quarter ${body.quarter} of this task is scored already`,
    },
  );
  return transaction(ctx, async (tx) => {
    const now = tx.clock();
    const row = {
      ...newRow(now, task.regionCode),
      taskId: task.id,
      quarter: body.quarter,
      score: body.score,
      note: body.note ?? null,
      scoredBy: requireActor(tx).accountId,
      scoredAt: now,
    };
    await tx.db.insert(taskScores).values(row);
    await auditTask(tx, 'score_give', { type: 'task_item', ...task }, { after: row });
    return getTaskList(tx, list.id);
  });
}
