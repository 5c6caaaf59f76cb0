import { and, eq } from 'drizzle-orm';
import { parseIdNumber } from '../../../domain/directory/idNumber.ts';
import { nameSearchKeys } from '../../../domain/directory/pinyinSearch.ts';
import { shanghaiDate } from '../../../domain/time/shanghai.ts';
import { households, persons } from '../../db/schema/index.ts';
import { auditEdit, insertAudited } from '../../platform/auditedWrite.ts';
import { can } from '../../../domain/access/policy.ts';
import { requireActor, transaction, type Ctx } from '../../platform/context.ts';
import { AppError, validationError } from '../../platform/errors.ts';
import { newRow } from '../../platform/newRow.ts';
import { getRegion } from '../regions/service.ts';
import { cannotRegisterHere, referToTownship } from './referrals.ts';
import { loadPerson, personDetailOf } from './service.ts';
import type { PersonDetail } from './schema.ts';

export interface NewPerson {
  name: string;
  idNumber: string;
  phone?: string | undefined;
  regionCode: string;
  education?: string | undefined;
  tags: string[];
  householdId?: string | undefined;
  relationToHead?: string | undefined;
}

async function checkHousehold(ctx: Ctx, householdId: string, regionCode: string): Promise<void> {
  const [h] = await ctx.db
    .select({ regionCode: households.regionCode })
    .from(households)
    .where(eq(households.id, householdId));
  // A household elsewhere (or out of scope) is as good as missing.
  if (!h || h.regionCode !== regionCode)
    throw validationError([
      { path: 'body.householdId', message: 'no such household in this village' },
    ]);
}

// What the audit log's digest covers: never the clear ID number or phone.
const digestable = (row: typeof persons.$inferSelect) => ({
  ...row,
  idCipher: undefined,
  phoneCipher: undefined,
});

/** Registers a person; gender and birth date come from the ID number, which must be valid and new. */
export async function createPerson(ctx: Ctx, input: NewPerson): Promise<PersonDetail> {
  const parsed = parseIdNumber(input.idNumber, { today: shanghaiDate(ctx.clock()) });
  if (!parsed.ok) throw validationError([{ path: 'body.idNumber', message: parsed.message.en }]);
  const id = parsed.value.normalized;
  // A referral must be committed even though the create is refused: decide inside, throw outside.
  const outcome = await transaction(ctx, async (tx): Promise<PersonDetail | AppError> => {
    await getRegion(tx, input.regionCode, 'directory.write');
    if (input.householdId) await checkHousehold(tx, input.householdId, input.regionCode);
    const [taken] = await tx.db
      .select({ id: persons.id, regionCode: persons.regionCode })
      .from(persons)
      .where(eq(persons.idIndex, ctx.cipher.blindIndex(id)));
    if (taken && can(requireActor(tx), 'directory.read', taken.regionCode))
      return new AppError(
        'CONFLICT',
        { zh: '该身份证号已登记', en: 'This ID number is already registered' },
        { field: 'idNumber' },
      );
    // Registered outside the scope: say nothing about where; the township resolves it.
    if (taken) {
      await referToTownship(tx, { name: input.name, idNumber: id, regionCode: input.regionCode });
      return cannotRegisterHere();
    }
    const now = ctx.clock();
    const keys = nameSearchKeys(input.name);
    const row = {
      ...newRow(now, input.regionCode),
      name: input.name,
      nameSearch: keys.searchText,
      nameSort: keys.sortKey,
      gender: parsed.value.gender,
      birthDate: parsed.value.birthDate,
      idCipher: ctx.cipher.encrypt(id),
      idIndex: ctx.cipher.blindIndex(id),
      idLegacy: parsed.value.legacy15,
      phoneCipher: input.phone ? ctx.cipher.encrypt(input.phone) : null,
      phoneIndex: input.phone ? ctx.cipher.blindIndex(input.phone) : null,
      education: input.education ?? null,
      tags: input.tags,
      householdId: input.householdId ?? null,
      relationToHead: input.householdId ? (input.relationToHead ?? 'other') : null,
      unitId: null,
      createdAt: now,
      updatedAt: now,
    };
    await insertAudited(tx, persons, row, {
      action: 'person.create',
      objectType: 'person',
      after: digestable(row),
      detail: { legacyIdNumber: parsed.value.legacy15 },
    });
    return personDetailOf(tx, row.id);
  });
  if (outcome instanceof AppError) throw outcome;
  return outcome;
}

export interface PersonPatch {
  name?: string | undefined;
  phone?: string | null | undefined;
  education?: string | null | undefined;
  tags?: string[] | undefined;
  householdId?: string | null | undefined;
  relationToHead?: string | null | undefined;
}

export async function updatePerson(
  ctx: Ctx,
  id: string,
  patch: PersonPatch,
): Promise<PersonDetail> {
  return transaction(ctx, async (tx) => {
    const before = await loadPerson(tx, id, 'directory.write');
    if (patch.householdId) await checkHousehold(tx, patch.householdId, before.regionCode);
    const set: Partial<typeof persons.$inferInsert> = { updatedAt: ctx.clock() };
    if (patch.name !== undefined)
      Object.assign(set, {
        name: patch.name,
        nameSearch: nameSearchKeys(patch.name).searchText,
        nameSort: nameSearchKeys(patch.name).sortKey,
      });
    if (patch.phone !== undefined)
      Object.assign(set, {
        phoneCipher: patch.phone ? ctx.cipher.encrypt(patch.phone) : null,
        phoneIndex: patch.phone ? ctx.cipher.blindIndex(patch.phone) : null,
      });
    if (patch.education !== undefined) set.education = patch.education;
    if (patch.tags !== undefined) set.tags = patch.tags;
    if (patch.householdId !== undefined) set.householdId = patch.householdId;
    if (patch.relationToHead !== undefined) set.relationToHead = patch.relationToHead;
    await tx.db
      .update(persons)
      .set(set)
      .where(and(eq(persons.id, id)));
    const after = await loadPerson(tx, id, 'directory.write');
    await auditEdit(tx, {
      action: 'person.update',
      objectType: 'person',
      objectId: id,
      patch,
      before: digestable(before),
      after: digestable(after),
    });
    return personDetailOf(tx, id);
  });
}
