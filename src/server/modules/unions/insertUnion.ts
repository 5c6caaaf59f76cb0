import { and, eq, inArray } from 'drizzle-orm';
import {
  UNION_ORG_TYPES,
  type UnionForm,
  type UnionOrgType,
} from '../../../domain/unions/forms.ts';
import { PARTY_ORG_TYPES } from '../../../domain/directory/orgTypes.ts';
import { partyOrgs, unions, unionVillages } from '../../db/schema/index.ts';
import { requireActor, type Ctx } from '../../platform/context.ts';
import { AppError, validationError } from '../../platform/errors.ts';
import { uuidv7 } from '../../platform/uuidv7.ts';
import { refuseIfExists } from '../../platform/refuseIfExists.ts';
import { recordUnionEvent } from './history.ts';

export interface UnionDraft {
  /** The county or township the union belongs to. */
  regionCode: string;
  name: string;
  lead: string;
  /** Every member village, the lead included. */
  members: readonly string[];
  form: UnionForm;
  /** A new org of this type, or an existing org (checked by the caller) to link. */
  org: { type: UnionOrgType } | { id: string };
}

/** 409 when any of the villages is already in a union (a village is in at most one). */
export async function requireFreeVillages(tx: Ctx, codes: readonly string[]): Promise<void> {
  const taken = await tx.db
    .select({ code: unionVillages.villageCode })
    .from(unionVillages)
    .where(inArray(unionVillages.villageCode, [...codes]));
  if (taken.length === 0) return;
  const list = taken.map((t) => t.code);
  throw new AppError(
    'CONFLICT',
    { zh: `已在联建中的村：${list.join('、')}`, en: `Already in a union: ${list.join(', ')}` },
    { villages: list },
  );
}

const orgLabel = (type: UnionOrgType): string =>
  PARTY_ORG_TYPES.find((t) => t.code === type)?.label['zh-CN'] ?? '联合党委';

/** Makes the union's party org in the lead village (409 if the lead already has one of that name). */
async function insertOrg(tx: Ctx, draft: UnionDraft, type: UnionOrgType): Promise<string> {
  const name = `${draft.name}${orgLabel(type)}`;
  await refuseIfExists(
    tx,
    partyOrgs,
    and(eq(partyOrgs.regionCode, draft.lead), eq(partyOrgs.name, name)),
    {
      zh: `已有同名组织：${name}`,
      en: `An organization of that name exists: ${name}`,
    },
  );
  const now = tx.clock();
  const id = uuidv7(now.getTime());
  await tx.db.insert(partyOrgs).values({
    id,
    regionCode: draft.lead,
    countyCode: draft.lead.slice(0, 6),
    name,
    type,
    kind: 'rural',
    parentId: null,
    unitId: null,
    createdAt: now,
    updatedAt: now,
  });
  return id;
}

/** A linked org must be a 联合党委 / 联村党支部 in a member village, linked to no other union. */
export async function checkLinkedOrg(
  tx: Ctx,
  org: typeof partyOrgs.$inferSelect,
  members: readonly string[],
): Promise<void> {
  if (!(UNION_ORG_TYPES as readonly string[]).includes(org.type))
    throw validationError([{ path: 'body.orgId', message: 'not a 联合党委 or 联村党支部' }]);
  if (!members.includes(org.regionCode))
    throw validationError([{ path: 'body.orgId', message: 'the org is not in a member village' }]);
  await refuseIfExists(tx, unions, eq(unions.orgId, org.id), {
    zh: '该组织已属于另一个联建',
    en: 'The organization already belongs to another union',
  });
}

/**
 * Writes a union, its villages and its party org (made, or linked) and the history's first line,
 * inside the caller's transaction. Callers check scope and input and write their audit entry.
 */
export async function insertUnion(tx: Ctx, draft: UnionDraft): Promise<typeof unions.$inferSelect> {
  const now = tx.clock();
  const countyCode = draft.regionCode.slice(0, 6);
  const orgId = 'id' in draft.org ? draft.org.id : await insertOrg(tx, draft, draft.org.type);
  const id = uuidv7(now.getTime());
  const row = {
    id,
    regionCode: draft.regionCode,
    countyCode,
    name: draft.name,
    leadCode: draft.lead,
    form: draft.form,
    createdAt: now,
    adoptedBy: requireActor(tx).accountId,
    orgId,
    updatedAt: now,
  };
  await tx.db.insert(unions).values(row);
  await tx.db.insert(unionVillages).values(
    draft.members.map((code) => ({
      unionId: row.id,
      villageCode: code,
      regionCode: code,
      countyCode,
    })),
  );
  await recordUnionEvent(tx, row, 'created', {
    villages: draft.members,
    lead: draft.lead,
    form: draft.form,
    orgId,
  });
  return row;
}
