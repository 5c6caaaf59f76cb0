import { eq } from 'drizzle-orm';
import { can } from '../../../domain/access/policy.ts';
import {
  householdsSheet,
  type HouseholdSheetRow,
} from '../../../domain/directory/exchange/householdsSheet.ts';
import { households, persons } from '../../db/schema/index.ts';
import { requireActor } from '../../platform/context.ts';
import { uuidv7 } from '../../platform/uuidv7.ts';
import { rowChecks, rowsRegionChecker, type Importer } from './importer.ts';
import { gridIdsByName, personsByIdIndex, storedBy } from './lookups.ts';
import { sameArray, planScratch, upsertTarget, writeUpserts } from './upsertWriter.ts';

type HouseholdRow = typeof households.$inferSelect;

/** 户 import: upsert by the head's ID number; the head becomes the household's member with relation 户主. */
export const importHouseholds: Importer<HouseholdSheetRow> = {
  sheet: householdsSheet,
  async plan(tx, rows) {
    const actor = requireActor(tx);
    const headIndex = rows.map((r) => tx.cipher.blindIndex(r.record.head.normalized));
    const heads = await personsByIdIndex(tx, headIndex);
    const headIds = [...heads.values()].map((h) => h.id);
    const existing = await storedBy(tx, households, 'headId', headIds, (h) => h.headId);
    const checkRegion = await rowsRegionChecker(tx, rows);
    const gridRegions = [
      ...new Set(rows.flatMap((r) => (r.record.gridName ? [r.record.regionCode] : []))),
    ];
    const gridIds = await gridIdsByName(tx, gridRegions);

    const { problems, batch, now } = planScratch<HouseholdRow>(tx);
    const headMoves: { personId: string; householdId: string }[] = [];
    rows.forEach(({ row, record: r }, i) => {
      const { fail, rejected } = rowChecks(
        problems,
        row,
        checkRegion(row, '所在村（区划代码）', r.regionCode),
      );
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
          regionCode: r.regionCode,
          countyCode: r.regionCode.slice(0, 6),
          gridId: gridId ?? null,
          headId: head.id,
          tags: r.tags ?? [],
          createdAt: now,
          updatedAt: now,
        });
        return;
      }
      const set: Partial<HouseholdRow> = {};
      if (r.regionCode !== before.regionCode)
        Object.assign(set, { regionCode: r.regionCode, countyCode: r.regionCode.slice(0, 6) });
      if (gridId && gridId !== before.gridId) set.gridId = gridId;
      if (r.tags && !sameArray(r.tags, before.tags)) set.tags = r.tags;
      // A relinked head alone is an update too (audited, no household column written).
      if (Object.keys(set).length === 0 && headMoves.some((m) => m.personId === head.id))
        batch.updates.push({ before, set });
      else batch.change(before, set);
    });

    const target = upsertTarget(households, 'id', 'household', 'household', {
      updateDetail: (before) => ({
        headRelinked: headMoves.some((m) => m.householdId === before.id),
      }),
    });
    return {
      problems,
      async write(w, progress) {
        const counts = await writeUpserts(w, target, batch, progress);
        for (const move of headMoves)
          await w.db
            .update(persons)
            .set({ householdId: move.householdId, relationToHead: 'head', updatedAt: now })
            .where(eq(persons.id, move.personId));
        return counts;
      },
    };
  },
};
