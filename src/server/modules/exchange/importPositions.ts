import { orgKey } from '../../../domain/directory/exchange/orgsSheet.ts';
import { positionsSheet } from '../../../domain/directory/exchange/positionsSheet.ts';
import type { RowProblem } from '../../../domain/directory/exchange/validateSheet.ts';
import { ageOn } from '../../../domain/directory/plainDate.ts';
import {
  POSITIONS,
  positionProblems,
  type PositionDetails,
  type PositionShape,
} from '../../../domain/directory/positions.ts';
import { positions } from '../../db/schema/index.ts';
import { checksAfterRegion, checkRegistered, problem, rowsRegionChecker } from './importer.ts';
import {
  gridIdsByName,
  membershipsOf,
  orgsInRegions,
  personsByIdNumber,
  storedBy,
  unitIdsByName,
} from './lookups.ts';
import { freshRow, upsertImporter, upsertTarget } from './upsertWriter.ts';

type PositionRow = typeof positions.$inferSelect;
/** A stored term as the file names it: person, position, region, start date. */
const positionKey = (p: PositionRow) => `${p.personId}/${p.code}/${p.regionCode}/${p.startDate}`;
const POSITION_TARGET = upsertTarget(positions, 'id', 'position', 'position', {
  // Filling 离任日期 of a holding ends it.
  updateAction: (before, set) =>
    before.endDate === null && set.endDate !== undefined ? 'position.end' : 'position.update',
});
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
export const importPositions = upsertImporter(
  positionsSheet,
  POSITION_TARGET,
  async (tx, rows, { actor, problems, batch, now }) => {
    const checks = checksAfterRegion(problems, await rowsRegionChecker(tx, rows));
    const { personIds, personOf } = await personsByIdNumber(
      tx,
      rows.map((r) => r.record.person.normalized),
    );
    const members = await membershipsOf(tx, personIds);
    const regionCodes = rows.map((r) => r.record.regionCode);
    const { byKey: orgs } = await orgsInRegions(tx, regionCodes);
    const gridIds = await gridIdsByName(tx, regionCodes);
    const unitNames = rows.flatMap((r) =>
      r.record.dispatchingUnit ? [r.record.dispatchingUnit] : [],
    );
    const unitIds = await unitIdsByName(tx, unitNames);
    const existing = await storedBy(tx, positions, 'personId', personIds, positionKey);

    rows.forEach(({ row, record: r }) => {
      const { found, fail } = checks(row, '任职区划代码', r.regionCode);
      const person = personOf(r.person.normalized);
      checkRegistered(actor, person, fail, '任职人');
      const entry = POSITIONS.find((p) => p.code === r.code);
      const orgId = r.orgName ? orgs.get(orgKey(r.regionCode, r.orgName))?.id : null;
      if (orgId === undefined)
        fail(
          '党组织名称',
          `该区划没有“${r.orgName ?? ''}”`,
          `organization: no ${r.orgName ?? ''} in ${r.regionCode}`,
        );
      const gridId = r.gridName ? gridIds.get(`${r.regionCode}/${r.gridName}`) : null;
      if (gridId === undefined)
        fail(
          '网格名称',
          `该村没有“${r.gridName ?? ''}”`,
          `grid: no grid named ${r.gridName ?? ''} in ${r.regionCode}`,
        );
      const unitId = r.dispatchingUnit
        ? unitIds.get(`${r.regionCode.slice(0, 6)}/${r.dispatchingUnit}`)
        : null;
      if (unitId === undefined)
        fail(
          '派出单位',
          `本县没有“${r.dispatchingUnit ?? ''}”`,
          `dispatching unit: no unit named ${r.dispatchingUnit ?? ''} in this county`,
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
        fail(
          '任职日期',
          `任职人当时未满 ${ADULT_AGE} 岁`,
          `start date: the holder is under ${ADULT_AGE} on that day`,
        );
      if (person && entry?.partyOnly && !members.has(person.id))
        fail(
          '身份证号',
          `${entry.label['zh-CN']}须为党员（请先导入“党员”）`,
          `ID number: a ${r.code} must be a party member`,
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
        batch.create({
          ...freshRow(now, r.regionCode),
          personId: person.id,
          code: r.code,
          orgId: orgId ?? null,
          gridId: gridId ?? null,
          unitId: null,
          details,
          startDate: r.startDate,
          endDate: r.endDate,
        });
        return;
      }
      // Blank cells leave what is stored; filled ones that differ update it.
      const set: Partial<typeof before> = {};
      if (orgId && orgId !== before.orgId) set.orgId = orgId;
      if (gridId && gridId !== before.gridId) set.gridId = gridId;
      const merged: PositionDetails = { ...before.details, ...details };
      if (!sameDetails(merged, before.details)) set.details = merged;
      if (r.endDate !== null && r.endDate !== before.endDate) set.endDate = r.endDate;
      batch.change(before, set);
    });
  },
);
