import { can } from '../../../domain/access/policy.ts';
import { unitsSheet } from '../../../domain/directory/exchange/unitsSheet.ts';
import { units } from '../../db/schema/index.ts';
import { failed, problem, rowsRegionChecker } from './importer.ts';
import { storedBy } from './lookups.ts';
import { freshRow, sameArray, upsertImporter, upsertTarget } from './upsertWriter.ts';

/** 单位 import: upsert by name within the county. */
export const importUnits = upsertImporter(
  unitsSheet,
  upsertTarget(units, 'id', 'unit', 'unit'),
  async (tx, rows, { actor, problems, batch, now }) => {
    const checkRegion = await rowsRegionChecker(tx, rows);
    const names = rows.map((r) => r.record.name);
    const existing = await storedBy(tx, units, 'name', names, (u) => `${u.countyCode}/${u.name}`);
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
      ];
      if (failed(problems, found)) continue;
      if (!before) {
        batch.create({
          ...freshRow(now, r.regionCode),
          name: r.name,
          kind: r.kind,
          capabilities: r.capabilities ?? [],
          partyOrgId: null,
        });
        continue;
      }
      const set: Partial<typeof before> = {};
      if (r.kind !== before.kind) set.kind = r.kind;
      if (r.regionCode !== before.regionCode) set.regionCode = r.regionCode;
      if (r.capabilities && !sameArray(r.capabilities, before.capabilities))
        set.capabilities = r.capabilities;
      batch.change(before, set);
    }
  },
);
