import { can } from '../../../domain/access/policy.ts';
import { regionsSheet } from '../../../domain/directory/exchange/regionsSheet.ts';
import { parseRegionCode } from '../../../domain/region/regionCode.ts';
import { regions } from '../../db/schema/index.ts';
import { regionRow } from '../regions/regionRow.ts';
import { problem } from './importer.ts';
import { storedBy } from './lookups.ts';
import { upsertImporter, upsertTarget } from './upsertWriter.ts';

type RegionRow = typeof regions.$inferSelect;
const CODE = '区划代码';

const REGION_TARGET = upsertTarget(regions, 'code', 'region', 'region', {
  regionOf: (r) => r.code,
});

/**
 * 区划 import: upsert by the 12-digit code, as createRegion/updateRegion do it: a new region needs
 * its parent (in the database or earlier in the file) inside the writer's regions.write scope;
 * an existing one must itself be writable. Level, parent and county follow from the code.
 */
export const importRegions = upsertImporter(
  regionsSheet,
  REGION_TARGET,
  async (tx, rows, { actor, problems, batch, now }) => {
    const parentOf = (code: string) => {
      const parsed = parseRegionCode(code);
      return parsed.ok ? parsed.info.parentCode : null;
    };
    const codes = rows.flatMap((r) => [r.record.code, parentOf(r.record.code) ?? r.record.code]);
    const known = await storedBy(tx, regions, 'code', codes, (r) => r.code);
    const earlier = new Set<string>();
    for (const { row, record: r } of rows) {
      const before = known.get(r.code);
      const parent = parentOf(r.code);
      if (before) {
        if (!can(actor, 'regions.write', r.code)) {
          problems.push(
            problem(
              row,
              CODE,
              `${CODE}：${r.code} 不在您的管辖范围内（或您无权修改区划）`,
              `${CODE}: ${r.code} is outside your scope for regions`,
            ),
          );
          continue;
        }
      } else if (!parent || !can(actor, 'regions.write', parent)) {
        problems.push(
          problem(
            row,
            CODE,
            `${CODE}：上级区划 ${parent ?? ''} 不在您的管辖范围内（或您无权新增区划）`,
            `${CODE}: the parent ${parent ?? ''} is outside your scope for regions`,
          ),
        );
        continue;
      } else if (!known.has(parent) && !earlier.has(parent)) {
        problems.push(
          problem(
            row,
            CODE,
            `${CODE}：上级区划 ${parent} 不存在（请先导入上级，或把它放在本表前面的行中）`,
            `${CODE}: the parent region ${parent} does not exist`,
          ),
        );
        continue;
      }
      earlier.add(r.code);
      if (!before) {
        batch.create(
          regionRow(
            {
              code: r.code,
              name: r.name,
              urbanRuralClass: r.urbanRuralClass,
              lat: r.lat,
              lng: r.lng,
              population: r.population,
              households: r.households,
            },
            now,
          ) as RegionRow,
        );
        continue;
      }
      // A blank cell leaves the stored value as it is.
      const set: Partial<typeof before> = {};
      if (r.name !== before.name) set.name = r.name;
      if (r.urbanRuralClass !== null && r.urbanRuralClass !== before.urbanRuralClass)
        set.urbanRuralClass = r.urbanRuralClass;
      if (r.lat !== null && r.lat !== before.lat) set.lat = r.lat;
      if (r.lng !== null && r.lng !== before.lng) set.lng = r.lng;
      if (r.population !== null && r.population !== before.population)
        set.population = r.population;
      if (r.households !== null && r.households !== before.households)
        set.households = r.households;
      batch.change(before, set);
    }
  },
);
