import { eq } from 'drizzle-orm';
import { persons, taskItems } from '../../db/schema/index.ts';
import { requireActor, transaction, type Ctx } from '../../platform/context.ts';
import { validationError } from '../../platform/errors.ts';
import type { LoadedUnion } from '../unions/access.ts';
import { getTaskList } from './detail.ts';
import { loadOpenTaskToWrite } from './policy.ts';
import { auditTask } from './taskAudit.ts';
import type { TaskListDetail } from './views.ts';

/**
 * A task's owner is a resident of one of the union's villages (a member of the union's org or a
 * mass-organization lead there): anyone else, or no such person, answers 400 on `path`.
 */
export async function checkOwner(
  ctx: Ctx,
  union: LoadedUnion,
  personId: string,
  path: string,
): Promise<void> {
  const [person] = await ctx.db
    .select({ regionCode: persons.regionCode })
    .from(persons)
    .where(eq(persons.id, personId));
  if (!person || !union.villages.includes(person.regionCode))
    throw validationError([{ path, message: "no such person in the union's villages" }]);
}

/**
 * 领单: the task's owner — the named person, or the caller's own person when none is named (a
 * cadre taking a task themselves). A closed task keeps its owner (409).
 */
export async function setOwner(
  ctx: Ctx,
  listId: string,
  taskId: string,
  personId: string | undefined,
): Promise<TaskListDetail> {
  const { union, task } = await loadOpenTaskToWrite(ctx, listId, taskId);
  const owner = personId ?? requireActor(ctx).personId;
  if (!owner)
    throw validationError([
      { path: 'body.personId', message: 'name the owner: this account stands for no resident' },
    ]);
  await checkOwner(ctx, union, owner, 'body.personId');
  return transaction(ctx, async (tx) => {
    await tx.db.update(taskItems).set({ ownerPersonId: owner }).where(eq(taskItems.id, task.id));
    await auditTask(
      tx,
      'owner_set',
      { type: 'task_item', ...task },
      { before: { ownerPersonId: task.ownerPersonId }, after: { ownerPersonId: owner } },
    );
    return getTaskList(tx, listId);
  });
}
