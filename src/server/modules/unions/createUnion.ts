import { appendAudit } from '../../audit/appendAudit.ts';
import { transaction, type Ctx } from '../../platform/context.ts';
import { validationError } from '../../platform/errors.ts';
import { visibleOrg } from '../directory/references.ts';
import { getRegion } from '../regions/service.ts';
import { getUnion } from './detail.ts';
import { checkLinkedOrg, insertUnion, requireFreeVillages } from './insertUnion.ts';
import { checkVillages } from './memberVillages.ts';
import { checkOfficers, setOfficers } from './officers.ts';
import type { NewUnion } from './schema.ts';
import type { UnionDetail } from './views.ts';

/**
 * A union made by hand (county or township admin): its villages inside `region`, none already in a
 * union; its org made or linked; optional secretary and members. Any problem: 4xx, nothing written.
 */
export async function createUnion(ctx: Ctx, body: NewUnion): Promise<UnionDetail> {
  const region = await getRegion(ctx, body.region, 'unions.manage'); // 404 outside the scope
  if (region.level !== 'county' && region.level !== 'township')
    throw validationError([
      { path: 'body.region', message: 'a union belongs to a county or township' },
    ]);
  const members = [...new Set([body.lead, ...body.villages])];
  return transaction(ctx, async (tx) => {
    await checkVillages(tx, region.code, members, 'body.villages');
    await requireFreeVillages(tx, members);
    const officers = [...(body.secretaryId ? [body.secretaryId] : []), ...(body.memberIds ?? [])];
    await checkOfficers(
      tx,
      members,
      officers,
      body.secretaryId ? 'body.secretaryId' : 'body.memberIds',
    );
    const linked = body.orgId ? await visibleOrg(tx, body.orgId, 'body.orgId') : null;
    if (linked) await checkLinkedOrg(tx, linked, members);
    const row = await insertUnion(tx, {
      regionCode: region.code,
      name: body.name ?? `${region.name}联建${members.length}村`,
      lead: body.lead,
      members,
      form: body.form,
      org: linked ? { id: linked.id } : { type: body.orgType ?? 'unionCommittee' },
    });
    const org = linked ?? {
      id: row.orgId ?? '',
      regionCode: body.lead,
      countyCode: row.countyCode,
    };
    if (body.secretaryId) await setOfficers(tx, org, 'secretary', [body.secretaryId]);
    if (body.memberIds) await setOfficers(tx, org, 'committeeMember', body.memberIds);
    await appendAudit(tx, {
      action: 'union.create',
      objectType: 'union',
      objectId: row.id,
      regionCode: row.regionCode,
      after: { ...row, members, secretaryId: body.secretaryId, memberIds: body.memberIds },
    });
    return getUnion(tx, row.id);
  });
}
