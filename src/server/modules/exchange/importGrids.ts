import { gridsSheet } from '../../../domain/directory/exchange/gridsSheet.ts';
import { grids } from '../../db/schema/index.ts';
import { failed, regionCodesOf, rowsRegionChecker } from './importer.ts';
import { storedRows } from './lookups.ts';
import { freshRow, upsertImporter, upsertTarget } from './upsertWriter.ts';

/** 网格 import: upsert by village + name; a new grid without 序号 goes after the village's last one. */
export const importGrids = upsertImporter(
  gridsSheet,
  upsertTarget(grids, 'id', 'grid', 'grid'),
  async (tx, rows, { problems, batch, now }) => {
    const checkRegion = await rowsRegionChecker(tx, rows);
    const known = await storedRows(tx, grids, 'regionCode', regionCodesOf(rows));
    const existing = new Map(known.map((g) => [`${g.regionCode}/${g.name}`, g]));
    const lastSeq = new Map<string, number>();
    for (const g of known)
      lastSeq.set(g.regionCode, Math.max(lastSeq.get(g.regionCode) ?? 0, g.seq));
    for (const { row, record: r } of rows) {
      if (failed(problems, [checkRegion(row, '所在村（区划代码）', r.regionCode)])) continue;
      const before = existing.get(`${r.regionCode}/${r.name}`);
      if (!before) {
        const seq = r.seq ?? (lastSeq.get(r.regionCode) ?? 0) + 1;
        lastSeq.set(r.regionCode, Math.max(lastSeq.get(r.regionCode) ?? 0, seq));
        batch.create({
          ...freshRow(now, r.regionCode),
          kind: r.kind,
          name: r.name,
          seq,
        });
        continue;
      }
      const set: Partial<typeof before> = {};
      if (r.kind !== before.kind) set.kind = r.kind;
      if (r.seq !== null && r.seq !== before.seq) set.seq = r.seq;
      batch.change(before, set);
    }
  },
);
