import { eq } from 'drizzle-orm';
import { can } from '../../../domain/access/policy.ts';
import { householdsSheet } from '../../../domain/directory/exchange/householdsSheet.ts';
import { households, persons } from '../../db/schema/index.ts';
import { uuidv7 } from '../../platform/uuidv7.ts';
import { checksAfterRegion, rowsRegionChecker } from './importer.ts';
import { gridIdsByName, personsByIdIndex, storedBy } from './lookups.ts';
import { createdIn, sameArray, inRegion, upsertImporter, upsertTarget } from './upsertWriter.ts';

/** 户 import: upsert by the head's ID number; the head becomes the household's member with relation 户主. */
export const importHouseholds = upsertImporter(
  householdsSheet,
  upsertTarget(households, 'id', 'household', 'household'),
  async (tx, rows, { actor, problems, batch, now }) => {
    const headIndex = rows.map((r) => tx.cipher.blindIndex(r.record.head.normalized));
    const heads = await personsByIdIndex(tx, headIndex);
    const headIds = [...heads.values()].map((h) => h.id);
    const existing = await storedBy(tx, households, 'headId', headIds, (h) => h.headId);
    const checks = checksAfterRegion(problems, await rowsRegionChecker(tx, rows));
    const gridRegions = [
      ...new Set(rows.flatMap((r) => (r.record.gridName ? [r.record.regionCode] : []))),
    ];
    const gridIds = await gridIdsByName(tx, gridRegions);

    const headMoves: { personId: string; householdId: string }[] = [];
    rows.forEach(({ row, record: r }, i) => {
      const { fail, rejected } = checks(row, '所在村（区划代码）', r.regionCode);
      const head = heads.get(headIndex[i] ?? '');
      if (!head)
        fail(
          '户主身份证号',
          '户主尚未登记（请先在“人员”中导入）',
          'head’s ID number: the head is not registered (import persons first)',
        );
      else if (!can(actor, 'directory.write', head.regionCode))
        fail(
          '户主身份证号',
          '户主在您管辖范围以外登记',
          'head’s ID number: the head is registered outside your scope',
        );
      else if (head.regionCode !== r.regionCode)
        fail(
          '所在村（区划代码）',
          '与户主登记的所在村不一致',
          'village: differs from the head’s registered village',
        );
      const gridId = r.gridName ? gridIds.get(`${r.regionCode}/${r.gridName}`) : null;
      if (gridId === undefined)
        fail(
          '网格/村民小组',
          `本村没有“${r.gridName ?? ''}”`,
          `grid: no grid named ${r.gridName ?? ''} in this village`,
        );
      if (rejected() || !head) return;
      const before = existing.get(head.id);
      const householdId = before?.id ?? uuidv7(now.getTime());
      if (head.householdId !== householdId || head.relationToHead !== 'head')
        headMoves.push({ personId: head.id, householdId });
      if (!before) {
        batch.create({
          id: householdId,
          ...createdIn(now, r.regionCode),
          gridId: gridId ?? null,
          headId: head.id,
          tags: r.tags ?? [],
        });
        return;
      }
      const set: Partial<typeof before> = {};
      if (r.regionCode !== before.regionCode) Object.assign(set, inRegion(r.regionCode));
      if (gridId && gridId !== before.gridId) set.gridId = gridId;
      if (r.tags && !sameArray(r.tags, before.tags)) set.tags = r.tags;
      // A relinked head alone is an update too (audited, no household column written).
      if (Object.keys(set).length === 0 && headMoves.some((m) => m.personId === head.id))
        batch.updates.push({ before, set });
      else batch.change(before, set);
    });

    return {
      target: upsertTarget(households, 'id', 'household', 'household', {
        updateDetail: (before) => ({
          headRelinked: headMoves.some((m) => m.householdId === before.id),
        }),
      }),
      async after(w) {
        for (const move of headMoves)
          await w.db
            .update(persons)
            .set({ householdId: move.householdId, relationToHead: 'head', updatedAt: now })
            .where(eq(persons.id, move.personId));
      },
    };
  },
);
