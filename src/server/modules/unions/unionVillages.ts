import { and, eq } from 'drizzle-orm';
import { can } from '../../../domain/access/policy.ts';
import { appendAudit } from '../../audit/appendAudit.ts';
import { unions, unionVillages } from '../../db/schema/index.ts';
import { requireActor, transaction, type Ctx } from '../../platform/context.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { loadUnionToManage } from './access.ts';
import { getUnion } from './detail.ts';
import { recordUnionEvent } from './history.ts';
import { requireFreeVillages } from './insertUnion.ts';
import { endOfficersOf } from './officers.ts';
import { checkVillages } from './memberVillages.ts';
import type { UnionDetail } from './views.ts';

// Villages join and leave a union whole: their boundaries, assets and directory stay theirs.

/** Adds a village of the union's region that is in no union and inside the caller's scope. */
export async function addUnionVillage(ctx: Ctx, id: string, code: string): Promise<UnionDetail> {
  return transaction(ctx, async (tx) => {
    const { row } = await loadUnionToManage(tx, id);
    await checkVillages(tx, row.regionCode, [code], 'body.code');
    if (!can(requireActor(tx), 'unions.manage', code)) throw notFound();
    await requireFreeVillages(tx, [code]);
    await tx.db
      .insert(unionVillages)
      .values({ unionId: id, villageCode: code, regionCode: code, countyCode: row.countyCode });
    await touch(tx, row, 'union.village.add', 'villageAdded', code);
    return getUnion(tx, id);
  });
}

/** Removes a member village; the lead stays (choose another lead first), and so does the last. */
export async function removeUnionVillage(ctx: Ctx, id: string, code: string): Promise<UnionDetail> {
  return transaction(ctx, async (tx) => {
    const { row, villages } = await loadUnionToManage(tx, id);
    if (!villages.includes(code)) throw notFound();
    if (code === row.leadCode)
      throw new AppError('CONFLICT', {
        zh: '不能移出牵头村，请先更换牵头村',
        en: 'The lead village cannot leave; choose another lead first',
      });
    await tx.db
      .delete(unionVillages)
      .where(and(eq(unionVillages.unionId, id), eq(unionVillages.villageCode, code)));
    // Its residents leave the union's committee with it (their positions end, history kept).
    const left = row.orgId
      ? await endOfficersOf(tx, row.orgId, code)
      : { secretary: [], committeeMember: [] };
    if (left.secretary.length > 0)
      await recordUnionEvent(tx, row, 'secretaryChanged', {
        from: left.secretary.map(({ id, name }) => ({ id, name }))[0] ?? null,
        to: null,
      });
    if (left.committeeMember.length > 0)
      await recordUnionEvent(tx, row, 'membersChanged', {
        left: left.committeeMember.map(({ id, name }) => ({ id, name })),
      });
    await touch(tx, row, 'union.village.remove', 'villageRemoved', code, {
      endedPositions: [...left.secretary, ...left.committeeMember].map((p) => p.id),
    });
    return getUnion(tx, id);
  });
}

async function touch(
  tx: Ctx,
  row: typeof unions.$inferSelect,
  action: string,
  kind: 'villageAdded' | 'villageRemoved',
  code: string,
  extra: Record<string, unknown> = {},
): Promise<void> {
  await tx.db.update(unions).set({ updatedAt: tx.clock() }).where(eq(unions.id, row.id));
  await recordUnionEvent(tx, row, kind, { village: code });
  await appendAudit(tx, {
    action,
    objectType: 'union',
    objectId: row.id,
    regionCode: row.regionCode,
    detail: { village: code, ...extra },
  });
}
