import { and, eq, inArray } from 'drizzle-orm';
import { can } from '../../../domain/access/policy.ts';
import {
  householdsSheet,
  type HouseholdSheetRow,
} from '../../../domain/directory/exchange/householdsSheet.ts';
import type { RowProblem } from '../../../domain/directory/exchange/validateSheet.ts';
import type { AuditEntry } from '../../audit/appendAudit.ts';
import { grids, households, persons } from '../../db/schema/index.ts';
import { requireActor } from '../../platform/context.ts';
import { uuidv7 } from '../../platform/uuidv7.ts';
import { copyInTransaction } from '../../db/copyInTransaction.ts';
import { inChunks, problem, regionChecker, sameArray, type Importer } from './importer.ts';

type HouseholdRow = typeof households.$inferSelect;

/** 户 import: upsert by the head's ID number; the head becomes the household's member with relation 户主. */
export const importHouseholds: Importer<HouseholdSheetRow> = {
  sheet: householdsSheet,
  async plan(tx, rows) {
    const actor = requireActor(tx);
    const headIndex = rows.map((r) => tx.cipher.blindIndex(r.record.head.normalized));
    const heads = new Map(
      (
        await inChunks(headIndex, (chunk) =>
          tx.db
            .select({
              id: persons.id,
              idIndex: persons.idIndex,
              regionCode: persons.regionCode,
              householdId: persons.householdId,
              relationToHead: persons.relationToHead,
            })
            .from(persons)
            .where(inArray(persons.idIndex, chunk)),
        )
      ).map((p) => [p.idIndex, p]),
    );
    const existing = new Map(
      (
        await inChunks(
          [...heads.values()].map((h) => h.id),
          (chunk) => tx.db.select().from(households).where(inArray(households.headId, chunk)),
        )
      ).map((h) => [h.headId, h]),
    );
    const checkRegion = await regionChecker(
      tx,
      rows.map((r) => r.record.regionCode),
    );
    const gridRegions = [
      ...new Set(rows.flatMap((r) => (r.record.gridName ? [r.record.regionCode] : []))),
    ];
    const gridIds = new Map(
      (
        await inChunks(gridRegions, (chunk) =>
          tx.db
            .select({ id: grids.id, regionCode: grids.regionCode, name: grids.name })
            .from(grids)
            .where(inArray(grids.regionCode, chunk)),
        )
      ).map((g) => [`${g.regionCode}/${g.name}`, g.id]),
    );

    const problems: RowProblem[] = [];
    const inserts: HouseholdRow[] = [];
    const updates: { before: HouseholdRow; set: Partial<HouseholdRow> }[] = [];
    const headMoves: { personId: string; householdId: string }[] = [];
    let unchanged = 0;
    const now = tx.clock();
    rows.forEach(({ row, record: r }, i) => {
      const found: (RowProblem | null)[] = [checkRegion(row, '所在村（区划代码）', r.regionCode)];
      const head = heads.get(headIndex[i] ?? '');
      if (!head)
        found.push(
          problem(
            row,
            '户主身份证号',
            '户主身份证号：户主尚未登记（请先在“人员”中导入）',
            'head’s ID number: the head is not registered (import persons first)',
          ),
        );
      else if (!can(actor, 'directory.write', head.regionCode))
        found.push(
          problem(
            row,
            '户主身份证号',
            '户主身份证号：户主在您管辖范围以外登记',
            'head’s ID number: the head is registered outside your scope',
          ),
        );
      else if (head.regionCode !== r.regionCode)
        found.push(
          problem(
            row,
            '所在村（区划代码）',
            '所在村（区划代码）：与户主登记的所在村不一致',
            'village: differs from the head’s registered village',
          ),
        );
      const gridId = r.gridName ? gridIds.get(`${r.regionCode}/${r.gridName}`) : null;
      if (gridId === undefined)
        found.push(
          problem(
            row,
            '网格/村民小组',
            `网格/村民小组：本村没有“${r.gridName ?? ''}”`,
            `grid: no grid named ${r.gridName ?? ''} in this village`,
          ),
        );
      const errors = found.filter((p): p is RowProblem => p !== null);
      if (errors.length > 0 || !head) return problems.push(...errors);
      const before = existing.get(head.id);
      const householdId = before?.id ?? uuidv7(now.getTime());
      if (head.householdId !== householdId || head.relationToHead !== 'head')
        headMoves.push({ personId: head.id, householdId });
      if (!before) {
        inserts.push({
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
      if (Object.keys(set).length === 0) {
        if (!headMoves.some((m) => m.personId === head.id)) unchanged++;
        else updates.push({ before, set: {} });
      } else updates.push({ before, set });
    });

    return {
      problems,
      async write(w, progress) {
        const audit: AuditEntry[] = [];
        await copyInTransaction(w, households, inserts);
        progress(0.5);
        for (const row of inserts)
          audit.push({
            action: 'household.create',
            objectType: 'household',
            objectId: row.id,
            regionCode: row.regionCode,
            after: row,
            detail: { via: 'import' },
          });
        for (const { before, set } of updates) {
          if (Object.keys(set).length > 0)
            await w.db
              .update(households)
              .set({ ...set, updatedAt: now })
              .where(eq(households.id, before.id));
          audit.push({
            action: 'household.update',
            objectType: 'household',
            objectId: before.id,
            regionCode: set.regionCode ?? before.regionCode,
            before,
            after: { ...before, ...set },
            detail: {
              via: 'import',
              fields: Object.keys(set),
              headRelinked: headMoves.some((m) => m.householdId === before.id),
            },
          });
        }
        for (const move of headMoves)
          await w.db
            .update(persons)
            .set({ householdId: move.householdId, relationToHead: 'head', updatedAt: now })
            .where(and(eq(persons.id, move.personId)));
        return { counts: { created: inserts.length, updated: updates.length, unchanged }, audit };
      },
    };
  },
};
