import { and, eq, inArray } from 'drizzle-orm';
import { contactPairs, households, memberships, persons, units } from '../../db/schema/index.ts';
import { insertAudited } from '../../platform/auditedWrite.ts';
import { transaction, type Ctx } from '../../platform/context.ts';
import { validationError } from '../../platform/errors.ts';
import { newRow } from '../../platform/newRow.ts';
import { refuseIfExists } from '../../platform/refuseIfExists.ts';
import { getRegion } from '../regions/service.ts';
import { listPairs } from './pairs.ts';
import type { NewPair, PairView } from './pairSchema.ts';

type Problem = { path: string; message: string };

/**
 * 1+1+N entered by hand, under the same rules as the import: a member of the unit's staff and a
 * party member living in the village jointly contact N households of that village.
 */
export async function createPair(ctx: Ctx, body: NewPair): Promise<PairView> {
  if (new Set(body.householdIds).size !== body.householdIds.length)
    throw validationError([{ path: 'body.householdIds', message: 'a household is named twice' }]);
  return transaction(ctx, async (tx) => {
    const region = await getRegion(tx, body.regionCode, 'directory.write');
    if (region.level !== 'village')
      throw validationError([{ path: 'body.regionCode', message: 'a pair belongs to a village' }]);
    const problems: Problem[] = [];
    const [unit] = await tx.db
      .select({ id: units.id })
      .from(units)
      .where(and(eq(units.id, body.unitId), eq(units.countyCode, body.regionCode.slice(0, 6))));
    if (!unit) problems.push({ path: 'body.unitId', message: 'no such unit in this county' });
    const [unitMember] = await tx.db
      .select({ unitId: persons.unitId })
      .from(persons)
      .where(eq(persons.id, body.unitMemberId));
    if (!unitMember || unitMember.unitId !== body.unitId)
      problems.push({ path: 'body.unitMemberId', message: 'not on the unit’s staff' });
    const [rural] = await tx.db
      .select({ regionCode: persons.regionCode, member: memberships.personId })
      .from(persons)
      .leftJoin(memberships, eq(memberships.personId, persons.id))
      .where(eq(persons.id, body.ruralMemberId));
    if (!rural || rural.regionCode !== body.regionCode)
      problems.push({ path: 'body.ruralMemberId', message: 'does not live in this village' });
    else if (!rural.member)
      problems.push({ path: 'body.ruralMemberId', message: 'not a party member' });
    const found = await tx.db
      .select({ id: households.id })
      .from(households)
      .where(
        and(inArray(households.id, body.householdIds), eq(households.regionCode, body.regionCode)),
      );
    const known = new Set(found.map((h) => h.id));
    body.householdIds.forEach((id, i) => {
      if (!known.has(id))
        problems.push({
          path: `body.householdIds.${i}`,
          message: 'not a household of this village',
        });
    });
    if (problems.length > 0) throw validationError(problems);
    await refuseIfExists(
      tx,
      contactPairs,
      and(
        eq(contactPairs.unitMemberId, body.unitMemberId),
        eq(contactPairs.ruralMemberId, body.ruralMemberId),
      ),
      { zh: '这两位党员已结对', en: 'These two members are already paired' },
      { existingId: true },
    );
    const now = tx.clock();
    const row = {
      ...newRow(now, body.regionCode),
      unitId: body.unitId,
      unitMemberId: body.unitMemberId,
      ruralMemberId: body.ruralMemberId,
      householdIds: body.householdIds,
      createdAt: now,
      updatedAt: now,
    };
    await insertAudited(tx, contactPairs, row, {
      action: 'responsibility.pair_create',
      objectType: 'contact_pair',
    });
    const page = await listPairs(tx, { id: row.id, page: 1, pageSize: 1 });
    const view = page.items[0];
    if (!view) throw new Error('the pair just written is not readable');
    return view;
  });
}
