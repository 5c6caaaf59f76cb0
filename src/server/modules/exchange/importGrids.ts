import { eq, inArray } from 'drizzle-orm';
import { gridsSheet, type GridSheetRow } from '../../../domain/directory/exchange/gridsSheet.ts';
import type { RowProblem } from '../../../domain/directory/exchange/validateSheet.ts';
import type { AuditEntry } from '../../audit/appendAudit.ts';
import { copyInTransaction } from '../../db/copyInTransaction.ts';
import { grids } from '../../db/schema/index.ts';
import { uuidv7 } from '../../platform/uuidv7.ts';
import { inChunks, regionChecker, type Importer } from './importer.ts';

type GridRow = typeof grids.$inferSelect;

/** 网格 import: upsert by village + name; a new grid without 序号 goes after the village's last one. */
export const importGrids: Importer<GridSheetRow> = {
  sheet: gridsSheet,
  async plan(tx, rows) {
    const checkRegion = await regionChecker(
      tx,
      rows.map((r) => r.record.regionCode),
    );
    const known = await inChunks(
      rows.map((r) => r.record.regionCode),
      (chunk) => tx.db.select().from(grids).where(inArray(grids.regionCode, chunk)),
    );
    const existing = new Map(known.map((g) => [`${g.regionCode}/${g.name}`, g]));
    const lastSeq = new Map<string, number>();
    for (const g of known)
      lastSeq.set(g.regionCode, Math.max(lastSeq.get(g.regionCode) ?? 0, g.seq));
    const problems: RowProblem[] = [];
    const inserts: GridRow[] = [];
    const updates: { before: GridRow; set: Partial<GridRow> }[] = [];
    let unchanged = 0;
    const now = tx.clock();
    for (const { row, record: r } of rows) {
      const found = checkRegion(row, '所在村（区划代码）', r.regionCode);
      if (found) {
        problems.push(found);
        continue;
      }
      const before = existing.get(`${r.regionCode}/${r.name}`);
      if (!before) {
        const seq = r.seq ?? (lastSeq.get(r.regionCode) ?? 0) + 1;
        lastSeq.set(r.regionCode, Math.max(lastSeq.get(r.regionCode) ?? 0, seq));
        inserts.push({
          id: uuidv7(now.getTime()),
          regionCode: r.regionCode,
          countyCode: r.regionCode.slice(0, 6),
          kind: r.kind,
          name: r.name,
          seq,
          createdAt: now,
          updatedAt: now,
        });
        continue;
      }
      const set: Partial<GridRow> = {};
      if (r.kind !== before.kind) set.kind = r.kind;
      if (r.seq !== null && r.seq !== before.seq) set.seq = r.seq;
      if (Object.keys(set).length === 0) unchanged++;
      else updates.push({ before, set });
    }
    return {
      problems,
      async write(w) {
        const audit: AuditEntry[] = [];
        await copyInTransaction(w, grids, inserts);
        for (const row of inserts)
          audit.push({
            action: 'grid.create',
            objectType: 'grid',
            objectId: row.id,
            regionCode: row.regionCode,
            after: row,
            detail: { via: 'import' },
          });
        for (const { before, set } of updates) {
          await w.db
            .update(grids)
            .set({ ...set, updatedAt: now })
            .where(eq(grids.id, before.id));
          audit.push({
            action: 'grid.update',
            objectType: 'grid',
            objectId: before.id,
            regionCode: before.regionCode,
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
