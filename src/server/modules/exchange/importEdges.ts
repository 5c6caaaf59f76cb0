import { and, eq, inArray } from 'drizzle-orm';
import { can } from '../../../domain/access/policy.ts';
import { edgesSheet } from '../../../domain/directory/exchange/edgesSheet.ts';
import type { RowProblem } from '../../../domain/directory/exchange/validateSheet.ts';
import { parseIdNumber } from '../../../domain/directory/idNumber.ts';
import { isWithinScope, parseRegionCode } from '../../../domain/region/regionCode.ts';
import { shanghaiDate } from '../../../domain/time/shanghai.ts';
import { grids, partyOrgs, regions, responsibilityEdges, units } from '../../db/schema/index.ts';
import { failed, inChunks, problem, rowsRegionChecker } from './importer.ts';
import { householdsOfHeads, membershipsOf, personsByIdNumber, storedBy } from './lookups.ts';
import { freshRow, inRegion, upsertImporter, upsertTarget } from './upsertWriter.ts';

type EdgeRow = typeof responsibilityEdges.$inferSelect;
/** A stored edge as the file names it: level, responsible person, target. */
const edgeKey = (e: EdgeRow) => `${e.level}/${e.responsibleId}/${e.targetKind}/${e.targetId}`;
const EDGE_TARGET = upsertTarget(
  responsibilityEdges,
  'id',
  'responsibility_edge',
  'responsibility',
);
const TARGET = '联系对象';
const WITHIN = '所属上级对象';
const RESPONSIBLE = '责任人身份证号';

/** A named record (street station, unit, party group) inside the edge's region: exactly one, or a problem. */
function byName<T extends { id: string; name: string; regionCode: string }>(
  items: readonly T[],
  name: string,
  region: string,
): T | 'none' | 'many' {
  const found = items.filter((i) => i.name === name && isWithinScope(i.regionCode, region));
  return found.length === 1 && found[0] ? found[0] : found.length === 0 ? 'none' : 'many';
}

/**
 * 五级联包 import: upsert by level + responsible + target, with createEdge's checks. People and
 * households are named by ID numbers (a household by its head's), villages by their code, street
 * stations, units and party groups by their names inside the edge's region.
 */
export const importEdges = upsertImporter(
  edgesSheet,
  EDGE_TARGET,
  async (tx, rows, { actor, problems, batch, now }) => {
    const today = shanghaiDate(tx.clock());
    const checkRegion = await rowsRegionChecker(tx, rows);
    // Every ID number the file names: responsible persons, person targets, household heads.
    const normalizedId = (text: string): string | null => {
      const parsed = parseIdNumber(text, { today });
      return parsed.ok ? parsed.value.normalized : null;
    };
    const idsInFile = new Set<string>();
    for (const { record: r } of rows) {
      idsInFile.add(r.responsible.normalized);
      if (['partyMember', 'familyMember', 'household'].includes(r.targetKind))
        idsInFile.add(normalizedId(r.target) ?? '');
      if (r.level === 5 && r.within) idsInFile.add(normalizedId(r.within) ?? '');
    }
    idsInFile.delete('');
    const registered = await personsByIdNumber(tx, idsInFile);
    const personIds = registered.personIds;
    const personOf = (idNumber: string | null) => {
      const p = idNumber ? registered.personOf(idNumber) : undefined;
      return p && can(actor, 'directory.read', p.regionCode) ? p : undefined;
    };
    const membership = await membershipsOf(tx, personIds);
    const householdOfHead = await householdsOfHeads(tx, personIds);
    const counties = [...new Set(rows.map((r) => r.record.regionCode.slice(0, 6)))];
    const stations = await inChunks(counties, (chunk) =>
      tx.db
        .select({ id: grids.id, name: grids.name, regionCode: grids.regionCode })
        .from(grids)
        .where(and(inArray(grids.countyCode, chunk), eq(grids.kind, 'street'))),
    );
    const teams = await inChunks(counties, (chunk) =>
      tx.db
        .select({ id: partyOrgs.id, name: partyOrgs.name, regionCode: partyOrgs.regionCode })
        .from(partyOrgs)
        .where(and(inArray(partyOrgs.countyCode, chunk), eq(partyOrgs.type, 'partyGroup'))),
    );
    const unitNames = rows.flatMap((r) => [r.record.target, r.record.within ?? '']);
    const unitList = await inChunks(unitNames, (chunk) =>
      tx.db
        .select({ id: units.id, name: units.name, regionCode: units.regionCode })
        .from(units)
        .where(inArray(units.name, chunk)),
    );
    const villageCodes = rows.flatMap((r) =>
      [r.record.target, r.record.within ?? ''].filter((c) => parseRegionCode(c).ok),
    );
    const villages = new Set(
      (
        await inChunks(villageCodes, (chunk) =>
          tx.db
            .select({ code: regions.code })
            .from(regions)
            .where(and(inArray(regions.code, chunk), eq(regions.level, 'village'))),
        )
      ).map((r) => r.code),
    );
    const responsibleIds = rows.flatMap((r) => personOf(r.record.responsible.normalized)?.id ?? []);
    const existing = await storedBy(
      tx,
      responsibilityEdges,
      'responsibleId',
      responsibleIds,
      edgeKey,
    );

    for (const { row, record: r } of rows) {
      const found: (RowProblem | null)[] = [checkRegion(row, '所在区划代码', r.regionCode)];
      const fail = (column: string, zh: string, en: string) =>
        found.push(problem(row, column, `${column}：${zh}`, `${column}: ${en}`));
      const region = r.regionCode;
      const responsible = personOf(r.responsible.normalized);
      if (!responsible)
        fail(
          RESPONSIBLE,
          '责任人尚未登记（请先导入“人员”）',
          'no such person (import persons first)',
        );
      else if (r.level <= 4 && !membership.has(responsible.id))
        fail(
          RESPONSIBLE,
          `${r.level} 级责任人须为党员`,
          `level ${r.level} is answered for by a party member`,
        );

      // What the row's 所属上级对象 names (L2 village/station/unit, L3 party group, L5 household).
      let withinId: string | null = null;
      if (r.within && r.level === 2) {
        if (parseRegionCode(r.within).ok) {
          if (!villages.has(r.within) || !isWithinScope(r.within, region))
            fail(
              WITHIN,
              `本区划内没有村 ${r.within}`,
              `no village ${r.within} in the edge’s region`,
            );
          else withinId = r.within;
        } else {
          const station = byName(stations, r.within, region);
          const unit = byName(unitList, r.within, region);
          const hit =
            typeof station === 'object' ? station : typeof unit === 'object' ? unit : null;
          if (hit && !(typeof station === 'object' && typeof unit === 'object')) withinId = hit.id;
          else
            fail(
              WITHIN,
              `本区划内找不到唯一的街道服务站或企业“${r.within}”`,
              `no single street station or enterprise named ${r.within} in the edge’s region`,
            );
        }
      } else if (r.within && r.level === 3) {
        const team = byName(teams, r.within, region);
        if (typeof team === 'object') withinId = team.id;
        else
          fail(
            WITHIN,
            `本区划内找不到唯一的党小组“${r.within}”`,
            `no single party group named ${r.within} in the edge’s region`,
          );
      } else if (r.within && r.level === 5) {
        const head = personOf(normalizedId(r.within));
        const household = head ? householdOfHead.get(head.id) : undefined;
        if (!household || !isWithinScope(household.regionCode, region))
          fail(
            WITHIN,
            '本区划内没有以此身份证号为户主的户',
            'no household with this head in the edge’s region',
          );
        else {
          withinId = household.id;
          if (responsible && household.headId !== responsible.id)
            fail(
              RESPONSIBLE,
              '5 级责任人须为该户户主',
              'level 5 is answered for by the head of the household',
            );
        }
      }

      let targetId: string | null = null;
      switch (r.targetKind) {
        case 'village':
          if (!villages.has(r.target) || !isWithinScope(r.target, region))
            fail(
              TARGET,
              `本区划内没有村 ${r.target}（填村的 12 位区划代码）`,
              `no village ${r.target} in the edge’s region`,
            );
          else targetId = r.target;
          break;
        case 'street':
        case 'enterprise':
        case 'team': {
          const hit = byName(
            r.targetKind === 'street' ? stations : r.targetKind === 'team' ? teams : unitList,
            r.target,
            region,
          );
          const what = { street: '街道服务站', team: '党小组', enterprise: '企业' }[r.targetKind];
          if (typeof hit === 'object') targetId = hit.id;
          else
            fail(
              TARGET,
              `本区划内${hit === 'many' ? '有多个' : '没有'}${what}“${r.target}”`,
              `${hit === 'many' ? 'several' : 'no'} ${r.targetKind} named ${r.target} in the edge’s region`,
            );
          break;
        }
        default: {
          const id = normalizedId(r.target);
          const person = personOf(id);
          if (!id) fail(TARGET, '应填身份证号（校验未通过）', 'must be a valid ID number');
          else if (!person) fail(TARGET, '此人尚未登记', 'no such person');
          else if (r.targetKind === 'household') {
            const household = householdOfHead.get(person.id);
            if (!household || !isWithinScope(household.regionCode, region))
              fail(
                TARGET,
                '本区划内没有以此身份证号为户主的户',
                'no household with this head in the edge’s region',
              );
            else targetId = household.id;
          } else if (r.targetKind === 'partyMember') {
            const m = membership.get(person.id);
            if (!m) fail(TARGET, '此人不是党员', 'not a party member');
            else if (withinId && m.groupId && m.groupId !== withinId)
              fail(WITHIN, '该党员不在此党小组', 'the member is not in this party group');
            else targetId = person.id;
          } else if (withinId && person.householdId !== withinId)
            fail(TARGET, '此人不是该户的成员', 'not a member of this household');
          else targetId = person.id;
        }
      }
      if (failed(problems, found) || !responsible || !targetId) continue;
      const key = `${r.level}/${responsible.id}/${r.targetKind}/${targetId}`;
      const before = existing.get(key);
      if (!before) {
        const created: EdgeRow = {
          ...freshRow(now, region),
          level: r.level,
          responsibleId: responsible.id,
          targetKind: r.targetKind,
          targetId,
          withinId,
        };
        batch.create(created);
        // The same edge twice in one file under different spellings of the target is still one edge.
        existing.set(key, created);
        continue;
      }
      if (batch.inserts.includes(before)) {
        problems.push(
          problem(
            row,
            null,
            '与本文件前面的一行是同一联包关系',
            'the same edge as an earlier row of this file',
          ),
        );
        continue;
      }
      const set: Partial<typeof before> = {};
      if (region !== before.regionCode) Object.assign(set, inRegion(region));
      if (withinId !== before.withinId) set.withinId = withinId;
      batch.change(before, set);
    }
  },
);
