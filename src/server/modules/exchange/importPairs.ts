import { can } from '../../../domain/access/policy.ts';
import { pairsSheet } from '../../../domain/directory/exchange/pairsSheet.ts';
import { contactPairs } from '../../db/schema/index.ts';
import { checksAfterRegion, problem, rowsRegionChecker } from './importer.ts';
import {
  householdsOfHeads,
  membershipsOf,
  personsByIdNumber,
  storedBy,
  unitIdsByName,
} from './lookups.ts';
import { freshRow, sameArray, inRegion, upsertImporter, upsertTarget } from './upsertWriter.ts';

type PairRow = typeof contactPairs.$inferSelect;
/** A stored pair as the file names it: its two members. */
const pairKey = (p: PairRow) => `${p.unitMemberId}/${p.ruralMemberId}`;

/**
 * 1+1+N import: a unit's member (on the unit's staff) and a party member of the village jointly
 * contact N households of that village (named by their heads). Upsert by the two members.
 */
export const importPairs = upsertImporter(
  pairsSheet,
  upsertTarget(contactPairs, 'id', 'contact_pair', 'contactPair'),
  async (tx, rows, { actor, problems, batch, now }) => {
    const checks = checksAfterRegion(problems, await rowsRegionChecker(tx, rows));
    const ids = new Set(
      rows.flatMap((r) => [
        r.record.unitMember.normalized,
        r.record.ruralMember.normalized,
        ...r.record.households,
      ]),
    );
    const { personIds, personOf } = await personsByIdNumber(tx, ids);
    const members = await membershipsOf(tx, personIds);
    const householdOfHead = await householdsOfHeads(tx, personIds);
    const unitIds = await unitIdsByName(
      tx,
      rows.map((r) => r.record.unitName),
    );
    const existing = await storedBy(tx, contactPairs, 'unitMemberId', personIds, pairKey);

    for (const { row, record: r } of rows) {
      const { found, fail, rejected } = checks(row, '所在村（区划代码）', r.regionCode);
      const unitId = unitIds.get(`${r.regionCode.slice(0, 6)}/${r.unitName}`);
      if (!unitId)
        fail(
          '结对单位',
          `本县没有“${r.unitName}”`,
          `unit: no unit named ${r.unitName} in this county`,
        );
      // The unit member usually lives outside the village: being on the named unit's staff is what counts.
      const unitMember = personOf(r.unitMember.normalized);
      if (!unitMember || (unitId && unitMember.unitId !== unitId))
        fail(
          '单位党员身份证号',
          `${r.unitName}没有登记此人`,
          'unit member: not on the unit’s staff',
        );
      const rural = personOf(r.ruralMember.normalized);
      if (!rural || !can(actor, 'directory.read', rural.regionCode))
        fail('村党员身份证号', '此人尚未登记', 'rural member: no such person');
      else if (rural.regionCode !== r.regionCode)
        fail('村党员身份证号', '此人不住在本村', 'rural member: lives in another village');
      else if (!members.has(rural.id))
        fail('村党员身份证号', '此人不是党员', 'rural member: not a party member');
      const householdIds: string[] = [];
      for (const head of r.households) {
        const person = personOf(head);
        const household = person ? householdOfHead.get(person.id) : undefined;
        if (!household || household.regionCode !== r.regionCode)
          found.push(
            problem(
              row,
              '联系户（户主身份证号）',
              `联系户：本村没有户主为 ${head.slice(0, 6)}…${head.slice(-4)} 的户`,
              `households: no household of this village with head ${head.slice(-4)}`,
            ),
          );
        else householdIds.push(household.id);
      }
      if (rejected() || !unitId || !unitMember || !rural) continue;
      const before = existing.get(`${unitMember.id}/${rural.id}`);
      if (!before) {
        batch.create({
          ...freshRow(now, r.regionCode),
          unitId,
          unitMemberId: unitMember.id,
          ruralMemberId: rural.id,
          householdIds,
        });
        continue;
      }
      const set: Partial<typeof before> = {};
      if (unitId !== before.unitId) set.unitId = unitId;
      if (r.regionCode !== before.regionCode) Object.assign(set, inRegion(r.regionCode));
      if (!sameArray(householdIds, before.householdIds)) set.householdIds = householdIds;
      if (before.regionCode !== r.regionCode && !can(actor, 'directory.write', before.regionCode)) {
        problems.push(
          problem(
            row,
            '所在村（区划代码）',
            '所在村：这对结对登记在您管辖范围以外',
            'village: this pair is registered outside your scope',
          ),
        );
        continue;
      }
      batch.change(before, set);
    }
  },
);
