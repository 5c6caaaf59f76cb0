import { eq } from 'drizzle-orm';
import { appendAudit } from '../../audit/appendAudit.ts';
import { unions } from '../../db/schema/index.ts';
import { transaction, type Ctx } from '../../platform/context.ts';
import { validationError } from '../../platform/errors.ts';
import { loadUnionToManage } from './access.ts';
import { getUnion, unionOrg } from './detail.ts';
import { recordUnionEvent } from './history.ts';
import { checkOfficers, moveOrgTo, officersOf, setOfficers } from './officers.ts';
import type { UnionPatch } from './schema.ts';
import type { UnionDetail } from './views.ts';

/**
 * Edits a union: name, form, lead (one of its villages), secretary and members (party members of
 * its villages, held as positions on its org). Every change lands in the history and the audit log.
 */
export async function updateUnion(ctx: Ctx, id: string, patch: UnionPatch): Promise<UnionDetail> {
  return transaction(ctx, async (tx) => {
    const { row, villages } = await loadUnionToManage(tx, id);
    if (patch.lead && !villages.includes(patch.lead))
      throw validationError([
        { path: 'body.lead', message: 'the lead must be one of the union’s villages' },
      ]);
    const officers = [
      ...(patch.secretaryId ? [patch.secretaryId] : []),
      ...(patch.memberIds ?? []),
    ];
    await checkOfficers(
      tx,
      villages,
      officers,
      patch.secretaryId ? 'body.secretaryId' : 'body.memberIds',
    );
    const org = await unionOrg(tx, row.orgId);
    if (!org && (patch.secretaryId !== undefined || patch.memberIds))
      throw validationError([{ path: 'body.secretaryId', message: 'the union has no party org' }]);
    const set = {
      ...(patch.name ? { name: patch.name } : {}),
      ...(patch.form ? { form: patch.form } : {}),
      ...(patch.lead ? { leadCode: patch.lead } : {}),
    };
    const now = tx.clock();
    await tx.db
      .update(unions)
      .set({ ...set, updatedAt: now })
      .where(eq(unions.id, id));
    if (Object.keys(set).length > 0)
      await recordUnionEvent(tx, row, 'updated', { before: pick(row, set), after: set });
    // The org follows its lead village (its scope with it).
    const orgMovedFrom = org && patch.lead ? await moveOrgTo(tx, org.id, patch.lead) : null;
    const movedOrg =
      org && orgMovedFrom ? { ...org, regionCode: patch.lead ?? org.regionCode } : org;
    if (org && patch.secretaryId !== undefined) {
      const [before] = await officersOf(tx, org.id, 'secretary');
      const wanted = patch.secretaryId ? [patch.secretaryId] : [];
      if (await setOfficers(tx, movedOrg ?? org, 'secretary', wanted))
        await recordUnionEvent(tx, row, 'secretaryChanged', {
          from: before ? { id: before.id, name: before.name } : null,
          to: patch.secretaryId,
        });
    }
    if (org && patch.memberIds) {
      const before = (await officersOf(tx, org.id, 'committeeMember')).map((m) => m.id);
      if (await setOfficers(tx, movedOrg ?? org, 'committeeMember', patch.memberIds))
        await recordUnionEvent(tx, row, 'membersChanged', { before, after: patch.memberIds });
    }
    await appendAudit(tx, {
      action: 'union.update',
      objectType: 'union',
      objectId: id,
      regionCode: row.regionCode,
      before: row,
      after: { ...row, ...set },
      detail: {
        fields: Object.keys(patch),
        ...(orgMovedFrom ? { org: { id: org?.id, from: orgMovedFrom, to: patch.lead } } : {}),
      },
    });
    return getUnion(tx, id);
  });
}

const pick = (row: Record<string, unknown>, keys: Record<string, unknown>) =>
  Object.fromEntries(Object.keys(keys).map((k) => [k, row[k]]));
