import { and, eq, inArray } from 'drizzle-orm';
import { can } from '../../../domain/access/policy.ts';
import { unitsSheet, type UnitSheetRow } from '../../../domain/directory/exchange/unitsSheet.ts';
import type { RowProblem } from '../../../domain/directory/exchange/validateSheet.ts';
import type { AuditEntry } from '../../audit/appendAudit.ts';
import { units } from '../../db/schema/index.ts';
import { requireActor } from '../../platform/context.ts';
import { uuidv7 } from '../../platform/uuidv7.ts';
import { inChunks, problem, regionChecker, sameArray, type Importer } from './importer.ts';

type UnitRow = typeof units.$inferSelect;

/** 单位 import: upsert by name within the county. */
export const importUnits: Importer<UnitSheetRow> = {
  sheet: unitsSheet,
  async plan(tx, rows) {
    const actor = requireActor(tx);
    const checkRegion = await regionChecker(
      tx,
      rows.map((r) => r.record.regionCode),
    );
    const existing = new Map(
      (
        await inChunks(
          rows.map((r) => r.record.name),
          (chunk) => tx.db.select().from(units).where(inArray(units.name, chunk)),
        )
      ).map((u) => [`${u.countyCode}/${u.name}`, u]),
    );
    const problems: RowProblem[] = [];
    const inserts: UnitRow[] = [];
    const updates: { before: UnitRow; set: Partial<UnitRow> }[] = [];
    let unchanged = 0;
    const now = tx.clock();
    for (const { row, record: r } of rows) {
      const before = existing.get(`${r.regionCode.slice(0, 6)}/${r.name}`);
      const found = [
        checkRegion(row, '所在区划代码', r.regionCode),
        before && !can(actor, 'directory.write', before.regionCode)
          ? problem(
              row,
              '单位名称',
              '单位名称：同名单位在您管辖范围以外',
              'unit name: a unit of this name is outside your scope',
            )
          : null,
      ].filter((p): p is RowProblem => p !== null);
      if (found.length > 0) {
        problems.push(...found);
        continue;
      }
      if (!before) {
        inserts.push({
          id: uuidv7(now.getTime()),
          regionCode: r.regionCode,
          countyCode: r.regionCode.slice(0, 6),
          name: r.name,
          kind: r.kind,
          capabilities: r.capabilities ?? [],
          partyOrgId: null,
          createdAt: now,
          updatedAt: now,
        });
        continue;
      }
      const set: Partial<UnitRow> = {};
      if (r.kind !== before.kind) set.kind = r.kind;
      if (r.regionCode !== before.regionCode) set.regionCode = r.regionCode;
      if (r.capabilities && !sameArray(r.capabilities, before.capabilities))
        set.capabilities = r.capabilities;
      if (Object.keys(set).length === 0) unchanged++;
      else updates.push({ before, set });
    }
    return {
      problems,
      async write(w) {
        const audit: AuditEntry[] = [];
        if (inserts.length > 0) await w.db.insert(units).values(inserts);
        for (const row of inserts)
          audit.push({
            action: 'unit.create',
            objectType: 'unit',
            objectId: row.id,
            regionCode: row.regionCode,
            after: row,
            detail: { via: 'import' },
          });
        for (const { before, set } of updates) {
          await w.db
            .update(units)
            .set({ ...set, updatedAt: now })
            .where(and(eq(units.id, before.id)));
          audit.push({
            action: 'unit.update',
            objectType: 'unit',
            objectId: before.id,
            regionCode: set.regionCode ?? before.regionCode,
            before,
            after: { ...before, ...set },
            detail: { via: 'import', fields: Object.keys(set) },
          });
        }
        return { counts: { created: inserts.length, updated: updates.length, unchanged }, audit };
      },
    };
  },
};
