import { and, eq, sql } from 'drizzle-orm';
import { appendAudit } from '../../audit/appendAudit.ts';
import { insertAudited } from '../../platform/auditedWrite.ts';
import { personReferrals, persons } from '../../db/schema/index.ts';
import { newestFirstPage } from '../../platform/newestFirstPage.ts';
import { requireActor, transaction, type Ctx } from '../../platform/context.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { newRow } from '../../platform/newRow.ts';
import type { Page } from '../../platform/pagination.ts';
import { scoped } from '../../platform/scope.ts';
import { can } from '../../../domain/access/policy.ts';
import type { ReferralView } from './referralSchema.ts';

/**
 * The "refer to the township" path (issue 16 finding 4). A village that registers an ID number held
 * outside its scope is told only that the number cannot be registered there — the same answer
 * whichever village, township or county holds it — and the township (whose scope holds the
 * village) sees the referral and moves the person to the village or rejects it. Every attempt is
 * audited, so testing a list of numbers leaves a trail the township sees.
 */
export function cannotRegisterHere(): AppError {
  return new AppError(
    'FORBIDDEN',
    {
      zh: '该身份证号无法在本范围登记，已转乡镇核实',
      en: 'This ID number cannot be registered here; it was referred to the township',
    },
    { field: 'idNumber' },
  );
}

/** The township's code of a village code: its first nine digits. */
const townshipOf = sql`substr(${personReferrals.regionCode}, 1, 9) || '000'`;
const townshipCode = (village: string) => `${village.slice(0, 9)}000`;

export async function referToTownship(
  tx: Ctx,
  input: { name: string; idNumber: string; regionCode: string },
): Promise<void> {
  const now = tx.clock();
  const row = {
    ...newRow(now, input.regionCode),
    name: input.name,
    idCipher: tx.cipher.encrypt(input.idNumber),
    idIndex: tx.cipher.blindIndex(input.idNumber),
    requesterUsername: requireActor(tx).username,
    status: 'pending' as const,
    createdAt: now,
    updatedAt: now,
  };
  // no `after`: the event names the referral only
  await insertAudited(tx, personReferrals, row, {
    action: 'person.referred',
    objectType: 'person_referral',
    after: undefined,
  });
}

const view = (row: typeof personReferrals.$inferSelect): ReferralView => ({
  id: row.id,
  name: row.name,
  regionCode: row.regionCode,
  requesterUsername: row.requesterUsername,
  status: row.status,
  resolvedBy: row.resolvedBy,
  createdAt: row.createdAt.toISOString(),
});

/** Referrals of villages whose township the caller writes, newest first. */
export async function listReferrals(
  ctx: Ctx,
  q: { status?: 'pending' | 'moved' | 'rejected' | undefined; page: number; pageSize: number },
): Promise<Page<ReferralView>> {
  const where = scoped(
    requireActor(ctx),
    'directory.write',
    townshipOf,
    q.status ? eq(personReferrals.status, q.status) : undefined,
  );
  const { rows, total } = await newestFirstPage(ctx, personReferrals, where, q);
  return { items: rows.map(view), total };
}

/**
 * Moves the registered person to the referring village (the caller must write both places; a move
 * across townships is the county's), or rejects the referral. Audited.
 */
export async function resolveReferral(
  ctx: Ctx,
  id: string,
  resolution: 'move' | 'reject',
): Promise<ReferralView> {
  const actor = requireActor(ctx);
  return transaction(ctx, async (tx) => {
    const [referral] = await tx.db
      .select()
      .from(personReferrals)
      .where(scoped(actor, 'directory.write', townshipOf, eq(personReferrals.id, id)))
      .for('update');
    if (!referral) throw notFound();
    if (referral.status !== 'pending')
      throw new AppError('CONFLICT', {
        zh: '该转办已处理',
        en: 'This referral is already resolved',
      });
    if (!can(actor, 'directory.write', townshipCode(referral.regionCode))) throw notFound();
    const now = tx.clock();
    if (resolution === 'move') {
      const [person] = await tx.db
        .select({ id: persons.id, regionCode: persons.regionCode })
        .from(persons)
        .where(eq(persons.idIndex, referral.idIndex));
      if (!person || !can(actor, 'directory.write', person.regionCode))
        throw new AppError('FORBIDDEN', {
          zh: '此人不在本乡镇范围内，请报县级处理',
          en: 'The person is outside this township; refer it to the county',
        });
      // The household stays in the old village: the person leaves it.
      await tx.db
        .update(persons)
        .set({
          regionCode: referral.regionCode,
          countyCode: referral.regionCode.slice(0, 6),
          householdId: null,
          relationToHead: null,
          updatedAt: now,
        })
        .where(eq(persons.id, person.id));
      await appendAudit(tx, {
        action: 'person.move',
        objectType: 'person',
        objectId: person.id,
        regionCode: referral.regionCode,
        detail: { from: person.regionCode, to: referral.regionCode, referralId: id },
      });
    }
    const [updated] = await tx.db
      .update(personReferrals)
      .set({
        status: resolution === 'move' ? 'moved' : 'rejected',
        resolvedBy: actor.username,
        resolvedAt: now,
        updatedAt: now,
      })
      .where(and(eq(personReferrals.id, id), eq(personReferrals.status, 'pending')))
      .returning();
    if (!updated) throw notFound();
    await appendAudit(tx, {
      action: resolution === 'move' ? 'person.referral_moved' : 'person.referral_rejected',
      objectType: 'person_referral',
      objectId: id,
      regionCode: referral.regionCode,
    });
    return view(updated);
  });
}
