import { eq } from 'drizzle-orm';
import { joinDateProblem } from '../../../domain/directory/membershipKinds.ts';
import { shanghaiDate } from '../../../domain/time/shanghai.ts';
import { memberships, persons } from '../../db/schema/index.ts';
import { auditEdit, insertAudited } from '../../platform/auditedWrite.ts';
import { transaction, type Ctx } from '../../platform/context.ts';
import { AppError, validationError } from '../../platform/errors.ts';
import { visibleOrg, visiblePerson } from '../directory/references.ts';
import { getOrg } from '../orgs/service.ts';
import type { MembershipPatch, MembershipView, NewMembership } from './schema.ts';
import { getMembership } from './service.ts';

/**
 * The row lives where its branch is: a branch outside the writer's write scope (or none at all)
 * is not found, like any row of another scope. A group must be a 党小组 of that very branch.
 */
async function checkOrgAndGroup(ctx: Ctx, orgId: string, groupId: string | null): Promise<string> {
  const org = await getOrg(ctx, orgId, 'directory.write');
  if (org.type === 'partyGroup')
    throw validationError([
      {
        path: 'body.orgId',
        message: 'a member belongs to a branch; name the party group as groupId',
      },
    ]);
  if (groupId) {
    const group = await visibleOrg(ctx, groupId, 'body.groupId');
    if (group.type !== 'partyGroup' || group.parentId !== orgId)
      throw validationError([
        { path: 'body.groupId', message: 'not a party group of this branch' },
      ]);
  }
  return org.regionCode;
}

async function checkJoinDate(ctx: Ctx, personId: string, joinDate: string): Promise<void> {
  const [person] = await ctx.db
    .select({ birthDate: persons.birthDate })
    .from(persons)
    .where(eq(persons.id, personId));
  const problem = person
    ? joinDateProblem(joinDate, person.birthDate, shanghaiDate(ctx.clock()))
    : null;
  if (problem) throw validationError([{ path: 'body.joinDate', message: problem }]);
}

/** Records a person's party membership (one per person). */
export async function createMembership(ctx: Ctx, input: NewMembership): Promise<MembershipView> {
  return transaction(ctx, async (tx) => {
    const regionCode = await checkOrgAndGroup(tx, input.orgId, input.groupId ?? null);
    // The member may reside outside the writer's scope (a transfer in) but must be visible.
    await visiblePerson(tx, input.personId, 'body.personId');
    await checkJoinDate(tx, input.personId, input.joinDate);
    const [taken] = await tx.db
      .select({ orgId: memberships.orgId })
      .from(memberships)
      .where(eq(memberships.personId, input.personId));
    if (taken)
      throw new AppError('CONFLICT', {
        zh: '此人已有党组织关系，请修改而非新建',
        en: 'This person already has a membership; edit it instead',
      });
    const now = ctx.clock();
    const row = {
      personId: input.personId,
      regionCode,
      countyCode: regionCode.slice(0, 6),
      orgId: input.orgId,
      groupId: input.groupId ?? null,
      kind: input.kind,
      joinDate: input.joinDate,
      createdAt: now,
      updatedAt: now,
    };
    await insertAudited(tx, memberships, row, {
      action: 'membership.create',
      objectType: 'membership',
      objectId: row.personId,
    });
    return getMembership(tx, row.personId);
  });
}

/** Edits a membership: a transfer to another branch, a group, probationary → formal, the join date. */
export async function updateMembership(
  ctx: Ctx,
  personId: string,
  patch: MembershipPatch,
): Promise<MembershipView> {
  return transaction(ctx, async (tx) => {
    const before = await getMembership(tx, personId, 'directory.write');
    const orgId = patch.orgId ?? before.orgId;
    // Moving to another branch leaves the old branch's group behind unless a new one is named.
    const groupId =
      patch.groupId !== undefined
        ? patch.groupId
        : patch.orgId && patch.orgId !== before.orgId
          ? null
          : before.groupId;
    const regionCode =
      patch.orgId !== undefined || patch.groupId
        ? await checkOrgAndGroup(tx, orgId, groupId)
        : before.regionCode;
    if (patch.joinDate) await checkJoinDate(tx, personId, patch.joinDate);
    await tx.db
      .update(memberships)
      .set({
        orgId,
        groupId,
        regionCode,
        countyCode: regionCode.slice(0, 6),
        ...(patch.kind ? { kind: patch.kind } : {}),
        ...(patch.joinDate ? { joinDate: patch.joinDate } : {}),
        updatedAt: ctx.clock(),
      })
      .where(eq(memberships.personId, personId));
    const after = await getMembership(tx, personId, 'directory.write');
    await auditEdit(tx, {
      action: 'membership.update',
      objectType: 'membership',
      objectId: personId,
      regionCode,
      patch,
      before,
      after,
      detail: { fromRegion: before.regionCode },
    });
    return after;
  });
}
