import { orgKey, orgsSheet } from '../../../domain/directory/exchange/orgsSheet.ts';
import { partyOrgs } from '../../db/schema/index.ts';
import { uuidv7 } from '../../platform/uuidv7.ts';
import { checksAfterRegion, regionChecker, regionCodesOf } from './importer.ts';
import { storedBy, unitIdsByName } from './lookups.ts';
import { createdIn, upsertImporter, upsertTarget } from './upsertWriter.ts';

/** 党组织 import: upsert by region code + name; parents by the same key, in the database or in the file. */
export const importOrgs = upsertImporter(
  orgsSheet,
  upsertTarget(partyOrgs, 'id', 'party_org', 'org'),
  async (tx, rows, { problems, batch }) => {
    const checks = checksAfterRegion(problems, await regionChecker(tx, regionCodesOf(rows)));
    const regionsOfInterest = rows.flatMap((r) => [
      r.record.regionCode,
      ...(r.record.parentRegionCode ? [r.record.parentRegionCode] : []),
    ]);
    const known = await storedBy(tx, partyOrgs, 'regionCode', regionsOfInterest, (o) =>
      orgKey(o.regionCode, o.name),
    );
    const unitNames = rows.flatMap((r) => (r.record.unitName ? [r.record.unitName] : []));
    const unitIds = await unitIdsByName(tx, unitNames);
    const now = tx.clock();
    // Ids first, so a parent later in the file can be referred to by an earlier row.
    const idOf = new Map<string, string>(
      rows.map((r) => [
        orgKey(r.record.regionCode, r.record.name),
        known.get(orgKey(r.record.regionCode, r.record.name))?.id ?? uuidv7(now.getTime()),
      ]),
    );
    for (const { row, record: r } of rows) {
      const { fail, rejected } = checks(row, '所在区划代码', r.regionCode);
      const parentKey =
        r.parentRegionCode && r.parentName ? orgKey(r.parentRegionCode, r.parentName) : null;
      const parentId = parentKey ? (idOf.get(parentKey) ?? known.get(parentKey)?.id) : null;
      if (parentKey && !parentId)
        fail(
          '上级组织名称',
          `“${r.parentName ?? ''}”不存在`,
          `parent: no organization ${parentKey}`,
        );
      const unitId = r.unitName ? unitIds.get(`${r.regionCode.slice(0, 6)}/${r.unitName}`) : null;
      if (unitId === undefined)
        fail(
          '所属单位',
          `本县没有“${r.unitName ?? ''}”`,
          `unit: no unit named ${r.unitName ?? ''} in this county`,
        );
      if (rejected()) continue;
      const key = orgKey(r.regionCode, r.name);
      const before = known.get(key);
      if (!before) {
        batch.create({
          id: idOf.get(key) ?? '',
          ...createdIn(now, r.regionCode),
          name: r.name,
          type: r.type,
          kind: r.kind,
          parentId: parentId ?? null,
          unitId: unitId ?? null,
        });
        continue;
      }
      const set: Partial<typeof before> = {};
      if (r.type !== before.type) set.type = r.type;
      if (r.kind !== before.kind) set.kind = r.kind;
      if (parentId && parentId !== before.parentId) set.parentId = parentId;
      if (unitId && unitId !== before.unitId) set.unitId = unitId;
      batch.change(before, set);
    }
  },
);
