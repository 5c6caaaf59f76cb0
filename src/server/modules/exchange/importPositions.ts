import { eq, inArray } from 'drizzle-orm';
import { can } from '../../../domain/access/policy.ts';
import { orgKey } from '../../../domain/directory/exchange/orgsSheet.ts';
import {
  positionsSheet,
  type PositionSheetRow,
} from '../../../domain/directory/exchange/positionsSheet.ts';
import type { RowProblem } from '../../../domain/directory/exchange/validateSheet.ts';
import { ageOn } from '../../../domain/directory/plainDate.ts';
import {
  POSITIONS,
  positionProblems,
  type PositionDetails,
  type PositionShape,
} from '../../../domain/directory/positions.ts';
import type { AuditEntry } from '../../audit/appendAudit.ts';
import { grids, memberships, partyOrgs, persons, positions, units } from '../../db/schema/index.ts';
import { requireActor } from '../../platform/context.ts';
import { uuidv7 } from '../../platform/uuidv7.ts';
import { copyInTransaction } from '../../db/copyInTransaction.ts';
import { inChunks, problem, regionChecker, type Importer } from './importer.ts';

type PositionRow = typeof positions.$inferSelect;
const ADULT_AGE = 18;

// The columns a shape problem of positionProblems belongs to.
const COLUMN_OF: Partial<Record<keyof PositionShape, string>> = {
  orgId: '党组织名称',
  gridId: '网格名称',
  dispatchingUnitId: '派出单位',
  termEndDate: '任期截止',
  endDate: '离任日期',
  goldMediator: '金牌调解员',
};
const SHAPE_ZH: Partial<Record<keyof PositionShape, string>> = {
  termEndDate: '派驻职务须填写任期截止，且不早于任职日期；非派驻职务不填',
  dispatchingUnitId: '派驻职务须填写派出单位；非派驻职务不填',
  endDate: '离任日期早于任职日期',
  orgId: '须填写党组织名称',
  gridId: '须填写网格名称',
  goldMediator: '只有调解员可标为金牌调解员',
};

const sameDetails = (a: PositionDetails, b: PositionDetails) =>
  (a.dispatchingUnitId ?? null) === (b.dispatchingUnitId ?? null) &&
  (a.termEndDate ?? null) === (b.termEndDate ?? null) &&
  (a.goldMediator ?? false) === (b.goldMediator ?? false);

/**
 * 职务 import: upsert by person + position + region + start date, with createPosition's checks —
 * the holder registered and visible, the region writable, org/grid in the region, the dispatching
 * unit in the county, a party member where the position needs one, 18 or older on the start date.
 * A later term is another row; a filled 离任日期 ends a holding and keeps it as history.
 */
export const importPositions: Importer<PositionSheetRow> = {
  sheet: positionsSheet,
  async plan(tx, rows) {
    const actor = requireActor(tx);
    const checkRegion = await regionChecker(
      tx,
      rows.map((r) => r.record.regionCode),
    );
    const index = rows.map((r) => tx.cipher.blindIndex(r.record.person.normalized));
    const people = new Map(
      (
        await inChunks(index, (chunk) =>
          tx.db
            .select({
              id: persons.id,
              idIndex: persons.idIndex,
              regionCode: persons.regionCode,
              birthDate: persons.birthDate,
            })
            .from(persons)
            .where(inArray(persons.idIndex, chunk)),
        )
      ).map((p) => [p.idIndex, p]),
    );
    const personIds = [...people.values()].map((p) => p.id);
    const members = new Set(
      (
        await inChunks(personIds, (chunk) =>
          tx.db
            .select({ personId: memberships.personId })
            .from(memberships)
            .where(inArray(memberships.personId, chunk)),
        )
      ).map((m) => m.personId),
    );
    const regionCodes = rows.map((r) => r.record.regionCode);
    const orgIds = new Map(
      (
        await inChunks(regionCodes, (chunk) =>
          tx.db
            .select({ id: partyOrgs.id, regionCode: partyOrgs.regionCode, name: partyOrgs.name })
            .from(partyOrgs)
            .where(inArray(partyOrgs.regionCode, chunk)),
        )
      ).map((o) => [orgKey(o.regionCode, o.name), o.id]),
    );
    const gridIds = new Map(
      (
        await inChunks(regionCodes, (chunk) =>
          tx.db
            .select({ id: grids.id, regionCode: grids.regionCode, name: grids.name })
            .from(grids)
            .where(inArray(grids.regionCode, chunk)),
        )
      ).map((g) => [`${g.regionCode}/${g.name}`, g.id]),
    );
    const unitNames = rows.flatMap((r) =>
      r.record.dispatchingUnit ? [r.record.dispatchingUnit] : [],
    );
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
    const existing = new Map(
      (
        await inChunks(personIds, (chunk) =>
          tx.db.select().from(positions).where(inArray(positions.personId, chunk)),
        )
      ).map((p) => [`${p.personId}/${p.code}/${p.regionCode}/${p.startDate}`, p]),
    );

    const problems: RowProblem[] = [];
    const inserts: PositionRow[] = [];
    const updates: { before: PositionRow; set: Partial<PositionRow> }[] = [];
    let unchanged = 0;
    const now = tx.clock();
    rows.forEach(({ row, record: r }, i) => {
      const found: (RowProblem | null)[] = [checkRegion(row, '任职区划代码', r.regionCode)];
      const person = people.get(index[i] ?? '');
      if (!person || !can(actor, 'directory.read', person.regionCode))
        found.push(
          problem(
            row,
            '身份证号',
            '身份证号：任职人尚未登记（请先导入“人员”）',
            'ID number: no such person (import persons first)',
          ),
        );
      const entry = POSITIONS.find((p) => p.code === r.code);
      const orgId = r.orgName ? orgIds.get(orgKey(r.regionCode, r.orgName)) : null;
      if (orgId === undefined)
        found.push(
          problem(
            row,
            '党组织名称',
            `党组织名称：该区划没有“${r.orgName ?? ''}”`,
            `organization: no ${r.orgName ?? ''} in ${r.regionCode}`,
          ),
        );
      const gridId = r.gridName ? gridIds.get(`${r.regionCode}/${r.gridName}`) : null;
      if (gridId === undefined)
        found.push(
          problem(
            row,
            '网格名称',
            `网格名称：该村没有“${r.gridName ?? ''}”`,
            `grid: no grid named ${r.gridName ?? ''} in ${r.regionCode}`,
          ),
        );
      const unitId = r.dispatchingUnit
        ? unitIds.get(`${r.regionCode.slice(0, 6)}/${r.dispatchingUnit}`)
        : null;
      if (unitId === undefined)
        found.push(
          problem(
            row,
            '派出单位',
            `派出单位：本县没有“${r.dispatchingUnit ?? ''}”`,
            `dispatching unit: no unit named ${r.dispatchingUnit ?? ''} in this county`,
          ),
        );
      const shape: PositionShape = {
        code: r.code,
        orgId: orgId ?? (r.orgName ? 'unresolved' : null),
        gridId: gridId ?? (r.gridName ? 'unresolved' : null),
        unitId: null,
        dispatchingUnitId: unitId ?? (r.dispatchingUnit ? 'unresolved' : null),
        termEndDate: r.termEndDate,
        goldMediator: r.goldMediator,
        startDate: r.startDate,
        endDate: r.endDate,
      };
      for (const p of positionProblems(shape)) {
        const column = COLUMN_OF[p.field] ?? null;
        found.push(
          problem(
            row,
            column,
            `${column ? `${column}：` : ''}${SHAPE_ZH[p.field] ?? p.message}`,
            `${column ?? p.field}: ${p.message}`,
          ),
        );
      }
      if (person && ageOn(person.birthDate, r.startDate) < ADULT_AGE)
        found.push(
          problem(
            row,
            '任职日期',
            `任职日期：任职人当时未满 ${ADULT_AGE} 岁`,
            `start date: the holder is under ${ADULT_AGE} on that day`,
          ),
        );
      if (person && entry?.partyOnly && !members.has(person.id))
        found.push(
          problem(
            row,
            '身份证号',
            `身份证号：${entry.label['zh-CN']}须为党员（请先导入“党员”）`,
            `ID number: a ${r.code} must be a party member`,
          ),
        );
      const errors = found.filter((p): p is RowProblem => p !== null);
      // Dedupe: a problem both a reference and the shape report once.
      const unique = errors.filter(
        (p, at) =>
          errors.findIndex((q) => q.column === p.column && q.column !== null) === at ||
          p.column === null,
      );
      if (unique.length > 0 || !person) return problems.push(...unique);
      const details: PositionDetails = {
        ...(unitId ? { dispatchingUnitId: unitId } : {}),
        ...(r.termEndDate ? { termEndDate: r.termEndDate } : {}),
        ...(r.goldMediator ? { goldMediator: true } : {}),
      };
      const before = existing.get(`${person.id}/${r.code}/${r.regionCode}/${r.startDate}`);
      if (!before) {
        inserts.push({
          id: uuidv7(now.getTime()),
          regionCode: r.regionCode,
          countyCode: r.regionCode.slice(0, 6),
          personId: person.id,
          code: r.code,
          orgId: orgId ?? null,
          gridId: gridId ?? null,
          unitId: null,
          details,
          startDate: r.startDate,
          endDate: r.endDate,
          createdAt: now,
          updatedAt: now,
        });
        return;
      }
      // Blank cells leave what is stored; filled ones that differ update it.
      const set: Partial<PositionRow> = {};
      if (orgId && orgId !== before.orgId) set.orgId = orgId;
      if (gridId && gridId !== before.gridId) set.gridId = gridId;
      const merged: PositionDetails = { ...before.details, ...details };
      if (!sameDetails(merged, before.details)) set.details = merged;
      if (r.endDate !== null && r.endDate !== before.endDate) set.endDate = r.endDate;
      if (Object.keys(set).length === 0) unchanged++;
      else updates.push({ before, set });
    });
    return {
      problems,
      async write(w, progress) {
        const audit: AuditEntry[] = [];
        await copyInTransaction(w, positions, inserts);
        progress(0.5);
        for (const row of inserts)
          audit.push({
            action: 'position.create',
            objectType: 'position',
            objectId: row.id,
            regionCode: row.regionCode,
            after: row,
            detail: { via: 'import' },
          });
        for (const { before, set } of updates) {
          await w.db
            .update(positions)
            .set({ ...set, updatedAt: now })
            .where(eq(positions.id, before.id));
          const ended = before.endDate === null && set.endDate !== undefined;
          audit.push({
            action: ended ? 'position.end' : 'position.update',
            objectType: 'position',
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
