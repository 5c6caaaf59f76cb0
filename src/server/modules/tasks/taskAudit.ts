import { appendAudit } from '../../audit/appendAudit.ts';
import type { Ctx } from '../../platform/context.ts';

/** One audit entry per task-list change, written in the change's transaction. */
export function auditTask(
  tx: Ctx,
  action: 'list_create' | 'task_add' | 'owner_set' | 'progress_enter' | 'score_give' | 'task_close',
  object: { type: 'task_list' | 'task_item'; id: string; regionCode: string },
  change: { before?: unknown; after?: unknown },
): Promise<void> {
  return appendAudit(tx, {
    action: `tasks.${action}`,
    objectType: object.type,
    objectId: object.id,
    regionCode: object.regionCode,
    ...change,
  });
}
