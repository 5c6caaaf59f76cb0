import { eq, inArray } from 'drizzle-orm';
import {
  orgKey,
  orgsSheet,
  type OrgSheetRow,
} from '../../../domain/directory/exchange/orgsSheet.ts';
import type { RowProblem } from '../../../domain/directory/exchange/validateSheet.ts';
import type { AuditEntry } from '../../audit/appendAudit.ts';
import { partyOrgs, units } from '../../db/schema/index.ts';
import { uuidv7 } from '../../platform/uuidv7.ts';
import { inChunks, problem, regionChecker, type Importer } from './importer.ts';

type OrgRow = typeof partyOrgs.$inferSelect;

/** 党组织 import: upsert by region code + name; parents by the same key, in the database or in the file. */
export const importOrgs: Importer<OrgSheetRow> = {
  sheet: orgsSheet,
  async plan(tx, rows) {
    const checkRegion = await regionChecker(
      tx,
      rows.map((r) => r.record.regionCode),
    );
    const regionsOfInterest = rows.flatMap((r) => [
      r.record.regionCode,
      ...(r.record.parentRegionCode ? [r.record.parentRegionCode] : []),
    ]);
    const known = new Map(
      (
        await inChunks(regionsOfInterest, (chunk) =>
          tx.db.select().from(partyOrgs).where(inArray(partyOrgs.regionCode, chunk)),
        )
      ).map((o) => [orgKey(o.regionCode, o.name), o]),
    );
    const unitNames = rows.flatMap((r) => (r.record.unitName ? [r.record.unitName] : []));
    const unitIds = new Map(
      (
        await inChunks(unitNames, (chunk) =>
          tx.db
            .select({ id: units.id, name: units.name, countyCode: units.countyCode })
            .from(units)
            .where(inArray(units.name, chunk)),
        )
      ).map((u) => [`${u.countyCode}/${u.name}`, u.id]),
    );
    const now = tx.clock();
    // Ids first, so a parent later in the file can be referred to by an earlier row.
    const idOf = new Map<string, string>(
      rows.map((r) => [
        orgKey(r.record.regionCode, r.record.name),
        known.get(orgKey(r.record.regionCode, r.record.name))?.id ?? uuidv7(now.getTime()),
      ]),
    );
    const problems: RowProblem[] = [];
    const inserts: OrgRow[] = [];
    const updates: { before: OrgRow; set: Partial<OrgRow> }[] = [];
    let unchanged = 0;
    for (const { row, record: r } of rows) {
      const found: (RowProblem | null)[] = [checkRegion(row, '所在区划代码', r.regionCode)];
      const parentKey =
        r.parentRegionCode && r.parentName ? orgKey(r.parentRegionCode, r.parentName) : null;
      const parentId = parentKey ? (idOf.get(parentKey) ?? known.get(parentKey)?.id) : null;
      if (parentKey && !parentId)
        found.push(
          problem(
            row,
            '上级组织名称',
            `上级组织名称：“${r.parentName ?? ''}”不存在`,
            `parent: no organization ${parentKey}`,
          ),
        );
      const unitId = r.unitName ? unitIds.get(`${r.regionCode.slice(0, 6)}/${r.unitName}`) : null;
      if (unitId === undefined)
        found.push(
          problem(
            row,
            '所属单位',
            `所属单位：本县没有“${r.unitName ?? ''}”`,
            `unit: no unit named ${r.unitName ?? ''} in this county`,
          ),
        );
      const errors = found.filter((p): p is RowProblem => p !== null);
      if (errors.length > 0) {
        problems.push(...errors);
        continue;
      }
      const key = orgKey(r.regionCode, r.name);
      const before = known.get(key);
      if (!before) {
        inserts.push({
          id: idOf.get(key) ?? '',
          regionCode: r.regionCode,
          countyCode: r.regionCode.slice(0, 6),
          name: r.name,
          type: r.type,
          kind: r.kind,
          parentId: parentId ?? null,
          unitId: unitId ?? null,
          createdAt: now,
          updatedAt: now,
        });
        continue;
      }
      const set: Partial<OrgRow> = {};
      if (r.type !== before.type) set.type = r.type;
      if (r.kind !== before.kind) set.kind = r.kind;
      if (parentId && parentId !== before.parentId) set.parentId = parentId;
      if (unitId && unitId !== before.unitId) set.unitId = unitId;
      if (Object.keys(set).length === 0) unchanged++;
      else updates.push({ before, set });
    }
    return {
      problems,
      async write(w) {
        const audit: AuditEntry[] = [];
        if (inserts.length > 0) await w.db.insert(partyOrgs).values(inserts);
        for (const row of inserts)
          audit.push({
            action: 'org.create',
            objectType: 'party_org',
            objectId: row.id,
            regionCode: row.regionCode,
            after: row,
            detail: { via: 'import' },
          });
        for (const { before, set } of updates) {
          await w.db
            .update(partyOrgs)
            .set({ ...set, updatedAt: now })
            .where(eq(partyOrgs.id, before.id));
          audit.push({
            action: 'org.update',
            objectType: 'party_org',
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
