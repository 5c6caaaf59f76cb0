import { can } from '../../../domain/access/policy.ts';
import { personsSheet } from '../../../domain/directory/exchange/personsSheet.ts';
import { nameSearchKeys } from '../../../domain/directory/pinyinSearch.ts';
import { persons } from '../../db/schema/index.ts';
import type { Ctx } from '../../platform/context.ts';
import { checksAfterRegion, rowsRegionChecker } from './importer.ts';
import { householdsOfHeads, storedBy } from './lookups.ts';
import { freshRow, sameArray, inRegion, upsertImporter, upsertTarget } from './upsertWriter.ts';

type PersonRow = typeof persons.$inferSelect;
const PERSON_TARGET = upsertTarget(persons, 'id', 'person', 'person', {
  // What the audit digest covers: never the clear ID number or phone (as createPerson).
  digest: (row) => ({ ...row, idCipher: undefined, phoneCipher: undefined }),
  afterStamped: true,
  createDetail: (row) => ({ legacyIdNumber: row.idLegacy }),
});

async function personsByIndex(tx: Ctx, indexes: string[]): Promise<Map<string, PersonRow>> {
  return storedBy(tx, persons, 'idIndex', indexes, (r) => r.idIndex);
}

/** 人员 import: upsert by the ID number's blind index; sensitive fields stored as createPerson stores them. */
export const importPersons = upsertImporter(
  personsSheet,
  PERSON_TARGET,
  async (tx, rows, { actor, problems, batch, now }) => {
    const cipher = tx.cipher;
    const idIndex = rows.map((r) => cipher.blindIndex(r.record.idNumber.normalized));
    const existing = await personsByIndex(tx, idIndex);
    const checks = checksAfterRegion(problems, await rowsRegionChecker(tx, rows));
    // Households are named by their head's ID number: head person → their household.
    const headIndex = new Map(
      rows.flatMap((r) =>
        r.record.householdHead
          ? [
              [
                r.record.householdHead.normalized,
                cipher.blindIndex(r.record.householdHead.normalized),
              ] as const,
            ]
          : [],
      ),
    );
    const heads = await personsByIndex(tx, [...headIndex.values()]);
    const headIds = [...heads.values()].map((p) => p.id);
    const householdOfHead = await householdsOfHeads(tx, headIds);

    rows.forEach(({ row, record: r }, i) => {
      const index = idIndex[i] ?? '';
      const { fail, rejected } = checks(row, '所在村（区划代码）', r.regionCode);
      const before = existing.get(index);
      if (before && !can(actor, 'directory.write', before.regionCode))
        fail(
          '身份证号',
          // The same words as the form (persons/referrals.ts): nothing about where the person is.
          '该身份证号无法在本范围登记，请联系乡镇',
          'ID number: cannot be registered in your scope; contact the township',
        );
      let householdId: string | null = null;
      if (r.householdHead) {
        const head = heads.get(headIndex.get(r.householdHead.normalized) ?? '');
        const household = head ? householdOfHead.get(head.id) : undefined;
        if (!household)
          fail(
            '户主身份证号',
            '该户尚未登记（请先导入“户”）',
            'head’s ID number: no household with this head (import households first)',
          );
        else if (household.regionCode !== r.regionCode)
          fail(
            '户主身份证号',
            '该户不在本人所在村',
            'head’s ID number: the household is in another village',
          );
        else householdId = household.id;
      }
      if (rejected()) return;
      const isHead = r.householdHead?.normalized === r.idNumber.normalized;
      const relation = householdId
        ? (r.relationToHead ??
          (isHead ? 'head' : before?.householdId === householdId ? before.relationToHead : null) ??
          'other')
        : null;
      if (!before) {
        const keys = nameSearchKeys(r.name);
        const id = r.idNumber.normalized;
        batch.create({
          ...freshRow(now, r.regionCode),
          name: r.name,
          nameSearch: keys.searchText,
          nameSort: keys.sortKey,
          gender: r.idNumber.gender,
          birthDate: r.idNumber.birthDate,
          idCipher: cipher.encrypt(id),
          idIndex: index,
          idLegacy: r.idNumber.legacy15,
          phoneCipher: r.phone ? cipher.encrypt(r.phone) : null,
          phoneIndex: r.phone ? cipher.blindIndex(r.phone) : null,
          education: r.education,
          tags: r.tags ?? [],
          householdId,
          relationToHead: relation,
          unitId: null,
        });
        return;
      }
      // A blank cell leaves the stored value as it is; a filled one that differs updates it.
      const set: Partial<typeof before> = {};
      if (r.name !== before.name)
        Object.assign(set, {
          name: r.name,
          nameSearch: nameSearchKeys(r.name).searchText,
          nameSort: nameSearchKeys(r.name).sortKey,
        });
      if (r.regionCode !== before.regionCode) Object.assign(set, inRegion(r.regionCode));
      if (r.phone && cipher.blindIndex(r.phone) !== before.phoneIndex)
        Object.assign(set, {
          phoneCipher: cipher.encrypt(r.phone),
          phoneIndex: cipher.blindIndex(r.phone),
        });
      if (r.education && r.education !== before.education) set.education = r.education;
      if (r.tags && !sameArray(r.tags, before.tags)) set.tags = r.tags;
      if (householdId && householdId !== before.householdId) set.householdId = householdId;
      if (householdId && relation !== before.relationToHead) set.relationToHead = relation;
      batch.change(before, set);
    });
  },
);
