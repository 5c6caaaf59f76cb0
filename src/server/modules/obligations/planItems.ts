import { and, asc, eq, sql } from 'drizzle-orm';
import {
  isPlanPart,
  mayMoveStatus,
  planItemProblems,
  planItemProgress,
  PLAN_PARTS,
  takesActivities,
  type PlanItemStatus,
} from '../../../domain/obligations/workPlan.ts';
import { appendAudit } from '../../audit/appendAudit.ts';
import { pairingPlanItems, persons } from '../../db/schema/index.ts';
import { requireActor, transaction, type Ctx } from '../../platform/context.ts';
import { AppError, notFound, validationError } from '../../platform/errors.ts';
import { uuidv7 } from '../../platform/uuidv7.ts';
import type { PlanItemView } from './pairingViews.ts';
import type { PlanItemBody, UpdatePlanItemBody } from './pairingSchema.ts';
import { authorizePlan } from './policy.ts';
import { loadSubject, type SubjectRow } from './subjects.ts';

/**
 * A pairing's work-plan items (结对共建工作方案), each with its progress read from the activities
 * that name it. Written by whoever may plan the pairing (policy.ts); a bad field answers 400 and
 * changes nothing, an item of another pairing 404.
 */
export async function planItemsOf(
  ctx: Ctx,
  pairingId: string,
  itemId?: string,
): Promise<PlanItemView[]> {
  const rows = await ctx.db
    .select({
      item: pairingPlanItems,
      ownerName: persons.name,
      days: sql<
        string[]
      >`coalesce((SELECT array_agg(a.occurred_on::text) FROM activities a WHERE a.plan_item_id = ${pairingPlanItems.id}), '{}')`,
    })
    .from(pairingPlanItems)
    .leftJoin(persons, eq(persons.id, pairingPlanItems.ownerPersonId))
    .where(
      and(
        eq(pairingPlanItems.pairingId, pairingId),
        itemId ? eq(pairingPlanItems.id, itemId) : undefined,
      ),
    )
    .orderBy(asc(pairingPlanItems.createdAt), asc(pairingPlanItems.id));
  return rows.map(({ item, ownerName, days }) => ({
    id: item.id,
    pairingId: item.pairingId,
    part: isPlanPart(item.part) ? item.part : PLAN_PARTS[0],
    title: item.title,
    description: item.description,
    ownerSide: item.ownerSide === 'village' ? 'village' : 'unit',
    owner: item.ownerPersonId && ownerName ? { id: item.ownerPersonId, name: ownerName } : null,
    dueOn: item.dueOn,
    status: item.status as PlanItemStatus,
    progress: planItemProgress(days),
    updatedAt: item.updatedAt.toISOString(),
  }));
}

async function plannable(ctx: Ctx, pairingId: string): Promise<SubjectRow> {
  return authorizePlan(requireActor(ctx), await loadSubject(ctx, 'pairing', pairingId));
}

/** Part, title and due date against the catalog and the pairing's period; the owner a person of the county. */
async function check(
  ctx: Ctx,
  pairing: SubjectRow,
  body: Partial<Pick<PlanItemBody, 'part' | 'title' | 'dueOn' | 'ownerPersonId'>>,
): Promise<void> {
  const problems = planItemProblems(body, { start: pairing.activeFrom, end: pairing.activeTo });
  if (body.ownerPersonId) {
    const [owner] = await ctx.db
      .select({ regionCode: persons.regionCode })
      .from(persons)
      .where(eq(persons.id, body.ownerPersonId));
    if (!owner || !owner.regionCode.startsWith(pairing.regionCode.slice(0, 6)))
      problems.push({ path: 'ownerPersonId', message: 'not a person of this county' });
  }
  if (problems.length > 0)
    throw validationError(problems.map((p) => ({ ...p, path: `body.${p.path}` })));
}

async function viewOf(ctx: Ctx, pairingId: string, itemId: string): Promise<PlanItemView> {
  const [view] = await planItemsOf(ctx, pairingId, itemId);
  if (!view) throw notFound();
  return view;
}

/** One audit entry per change of an item, in the change's transaction. */
function audit(
  tx: Ctx,
  verb: 'create' | 'update' | 'delete',
  pairing: SubjectRow,
  id: string,
  change: { before?: unknown; after?: unknown },
): Promise<unknown> {
  return appendAudit(tx, {
    action: `obligations.plan_item_${verb}`,
    objectType: 'pairing_plan_item',
    objectId: id,
    regionCode: pairing.regionCode,
    ...change,
  });
}

export async function createPlanItem(
  ctx: Ctx,
  pairingId: string,
  body: PlanItemBody,
): Promise<PlanItemView> {
  const pairing = await plannable(ctx, pairingId);
  await check(ctx, pairing, body);
  const createdBy = requireActor(ctx).accountId;
  return transaction(ctx, async (tx) => {
    const now = tx.clock();
    const id = uuidv7(now.getTime());
    const county = pairing.regionCode.slice(0, 6);
    const row = { id, regionCode: pairing.regionCode, countyCode: county, pairingId, ...body };
    const stamped = { ...row, createdBy, createdAt: now, updatedAt: now };
    await tx.db.insert(pairingPlanItems).values(stamped);
    await audit(tx, 'create', pairing, id, { after: stamped });
    return viewOf(tx, pairing.id, id);
  });
}

async function itemOf(ctx: Ctx, pairingId: string, itemId: string) {
  const [item] = await ctx.db
    .select()
    .from(pairingPlanItems)
    .where(and(eq(pairingPlanItems.id, itemId), eq(pairingPlanItems.pairingId, pairingId)));
  if (!item) throw notFound();
  return item;
}

export async function updatePlanItem(
  ctx: Ctx,
  pairingId: string,
  itemId: string,
  body: UpdatePlanItemBody,
): Promise<PlanItemView> {
  const pairing = await plannable(ctx, pairingId);
  const before = await itemOf(ctx, pairing.id, itemId);
  await check(ctx, pairing, body);
  const from = before.status as PlanItemStatus;
  if (body.status && !mayMoveStatus(from, body.status))
    throw new AppError('CONFLICT', {
      zh: `计划事项不能从“${from}”改为“${body.status}”`,
      en: `A plan item cannot move from ${from} to ${body.status}`,
    });
  return transaction(ctx, async (tx) => {
    const change = { ...body, updatedAt: tx.clock() };
    await tx.db.update(pairingPlanItems).set(change).where(eq(pairingPlanItems.id, before.id));
    await audit(tx, 'update', pairing, before.id, { before, after: { ...before, ...change } });
    return viewOf(tx, pairing.id, before.id);
  });
}

/** Removes an item nothing was recorded for; one with activities is dropped instead (409). */
export async function deletePlanItem(ctx: Ctx, pairingId: string, itemId: string): Promise<void> {
  const pairing = await plannable(ctx, pairingId);
  const before = await itemOf(ctx, pairing.id, itemId);
  const [view] = await planItemsOf(ctx, pairing.id, before.id);
  if (view && view.progress.activities > 0)
    throw new AppError('CONFLICT', {
      zh: '该计划事项已有活动记录，不能删除；可改为“已取消”',
      en: 'Activities were recorded for this item; drop it instead of deleting it',
    });
  await transaction(ctx, async (tx) => {
    await tx.db.delete(pairingPlanItems).where(eq(pairingPlanItems.id, before.id));
    await audit(tx, 'delete', pairing, before.id, { before });
  });
}

/**
 * The plan item an activity says it serves: an item of that very pairing, not dropped. Anything
 * else answers 400 on body.planItemId before anything is written.
 */
export async function checkServedItem(
  ctx: Ctx,
  subject: SubjectRow,
  itemId: string | undefined,
): Promise<string | null> {
  if (itemId === undefined) return null;
  const [item] =
    subject.kind === 'pairing'
      ? await ctx.db
          .select({ status: pairingPlanItems.status })
          .from(pairingPlanItems)
          .where(and(eq(pairingPlanItems.id, itemId), eq(pairingPlanItems.pairingId, subject.id)))
      : [];
  if (!item)
    throw validationError([{ path: 'body.planItemId', message: 'not an item of this pairing' }]);
  if (!takesActivities(item.status as PlanItemStatus))
    throw validationError([{ path: 'body.planItemId', message: 'the item was dropped' }]);
  return itemId;
}
