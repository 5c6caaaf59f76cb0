import { buildIdNumber } from '../../domain/directory/idNumber.ts';
import { nameSearchKeys } from '../../domain/directory/pinyinSearch.ts';
import { households, persons } from '../db/schema/index.ts';
import type { Ctx } from '../platform/context.ts';
import { uuidv7 } from '../platform/uuidv7.ts';

let sequence = 0;

/** A household of one adult at `regionCode`, for tests that need a person or a household somewhere. */
export async function insertHouseholdOfOne(
  ctx: Ctx,
  regionCode: string,
  name: string,
): Promise<{ personId: string; householdId: string; idNumber: string }> {
  const now = ctx.clock();
  const personId = uuidv7(now.getTime());
  const householdId = uuidv7(now.getTime());
  const idNumber = buildIdNumber(regionCode.slice(0, 6), '1980-05-17', (sequence++ % 500) * 2 + 1);
  const keys = nameSearchKeys(name);
  await ctx.db.insert(persons).values({
    id: personId,
    regionCode,
    countyCode: regionCode.slice(0, 6),
    name,
    nameSearch: keys.searchText,
    nameSort: keys.sortKey,
    gender: 'male',
    birthDate: '1980-05-17',
    idCipher: ctx.cipher.encrypt(idNumber),
    idIndex: ctx.cipher.blindIndex(idNumber),
    tags: [],
    householdId,
    relationToHead: 'head',
    createdAt: now,
    updatedAt: now,
  });
  await ctx.db.insert(households).values({
    id: householdId,
    regionCode,
    countyCode: regionCode.slice(0, 6),
    headId: personId,
    tags: [],
    createdAt: now,
    updatedAt: now,
  });
  return { personId, householdId, idNumber };
}
