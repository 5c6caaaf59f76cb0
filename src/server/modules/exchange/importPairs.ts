import { eq, inArray } from 'drizzle-orm';
import { can } from '../../../domain/access/policy.ts';
import { pairsSheet, type PairSheetRow } from '../../../domain/directory/exchange/pairsSheet.ts';
import type { RowProblem } from '../../../domain/directory/exchange/validateSheet.ts';
import type { AuditEntry } from '../../audit/appendAudit.ts';
import { copyInTransaction } from '../../db/copyInTransaction.ts';
import { contactPairs, households, memberships, persons, units } from '../../db/schema/index.ts';
import { requireActor } from '../../platform/context.ts';
import { uuidv7 } from '../../platform/uuidv7.ts';
import { inChunks, problem, regionChecker, sameArray, type Importer } from './importer.ts';

type PairRow = typeof contactPairs.$inferSelect;

/**
 * 1+1+N import: a unit's member (on the unit's staff) and a party member of the village jointly
 * contact N households of that village (named by their heads). Upsert by the two members.
 */
export const importPairs: Importer<PairSheetRow> = {
  sheet: pairsSheet,
  async plan(tx, rows) {
    const actor = requireActor(tx);
    const checkRegion = await regionChecker(
      tx,
      rows.map((r) => r.record.regionCode),
    );
    const ids = new Set(
      rows.flatMap((r) => [
        r.record.unitMember.normalized,
        r.record.ruralMember.normalized,
        ...r.record.households,
      ]),
    );
    const indexOf = new Map([...ids].map((id) => [id, tx.cipher.blindIndex(id)]));
    const people = new Map(
      (
        await inChunks([...indexOf.values()], (chunk) =>
          tx.db
            .select({
              id: persons.id,
              idIndex: persons.idIndex,
              regionCode: persons.regionCode,
              unitId: persons.unitId,
            })
            .from(persons)
            .where(inArray(persons.idIndex, chunk)),
        )
      ).map((p) => [p.idIndex, p]),
    );
    const personOf = (id: string) => people.get(indexOf.get(id) ?? '');
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
    const householdOfHead = new Map(
      (
        await inChunks(personIds, (chunk) =>
          tx.db
            .select({
              id: households.id,
              headId: households.headId,
              regionCode: households.regionCode,
            })
            .from(households)
            .where(inArray(households.headId, chunk)),
        )
      ).map((h) => [h.headId, h]),
    );
    const unitIds = new Map(
      (
        await inChunks(
          rows.map((r) => r.record.unitName),
          (chunk) =>
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
          tx.db.select().from(contactPairs).where(inArray(contactPairs.unitMemberId, chunk)),
        )
      ).map((p) => [`${p.unitMemberId}/${p.ruralMemberId}`, p]),
    );

    const problems: RowProblem[] = [];
    const inserts: PairRow[] = [];
    const updates: { before: PairRow; set: Partial<PairRow> }[] = [];
    let unchanged = 0;
    const now = tx.clock();
    for (const { row, record: r } of rows) {
      const found: (RowProblem | null)[] = [checkRegion(row, '所在村（区划代码）', r.regionCode)];
      const unitId = unitIds.get(`${r.regionCode.slice(0, 6)}/${r.unitName}`);
      if (!unitId)
        found.push(
          problem(
            row,
            '结对单位',
            `结对单位：本县没有“${r.unitName}”`,
            `unit: no unit named ${r.unitName} in this county`,
          ),
        );
      // The unit member usually lives outside the village: being on the named unit's staff is what counts.
      const unitMember = personOf(r.unitMember.normalized);
      if (!unitMember || (unitId && unitMember.unitId !== unitId))
        found.push(
          problem(
            row,
            '单位党员身份证号',
            `单位党员身份证号：${r.unitName}没有登记此人`,
            'unit member: not on the unit’s staff',
          ),
        );
      const rural = personOf(r.ruralMember.normalized);
      if (!rural || !can(actor, 'directory.read', rural.regionCode))
        found.push(
          problem(
            row,
            '村党员身份证号',
            '村党员身份证号：此人尚未登记',
            'rural member: no such person',
          ),
        );
      else if (rural.regionCode !== r.regionCode)
        found.push(
          problem(
            row,
            '村党员身份证号',
            '村党员身份证号：此人不住在本村',
            'rural member: lives in another village',
          ),
        );
      else if (!members.has(rural.id))
        found.push(
          problem(
            row,
            '村党员身份证号',
            '村党员身份证号：此人不是党员',
            'rural member: not a party member',
          ),
        );
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
      const errors = found.filter((p): p is RowProblem => p !== null);
      if (errors.length > 0 || !unitId || !unitMember || !rural) {
        problems.push(...errors);
        continue;
      }
      const before = existing.get(`${unitMember.id}/${rural.id}`);
      if (!before) {
        inserts.push({
          id: uuidv7(now.getTime()),
          regionCode: r.regionCode,
          countyCode: r.regionCode.slice(0, 6),
          unitId,
          unitMemberId: unitMember.id,
          ruralMemberId: rural.id,
          householdIds,
          createdAt: now,
          updatedAt: now,
        });
        continue;
      }
      const set: Partial<PairRow> = {};
      if (unitId !== before.unitId) set.unitId = unitId;
      if (r.regionCode !== before.regionCode)
        Object.assign(set, { regionCode: r.regionCode, countyCode: r.regionCode.slice(0, 6) });
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
      if (Object.keys(set).length === 0) unchanged++;
      else updates.push({ before, set });
    }
    return {
      problems,
      async write(w) {
        const audit: AuditEntry[] = [];
        await copyInTransaction(w, contactPairs, inserts);
        for (const row of inserts)
          audit.push({
            action: 'contactPair.create',
            objectType: 'contact_pair',
            objectId: row.id,
            regionCode: row.regionCode,
            after: row,
            detail: { via: 'import' },
          });
        for (const { before, set } of updates) {
          await w.db
            .update(contactPairs)
            .set({ ...set, updatedAt: now })
            .where(eq(contactPairs.id, before.id));
          audit.push({
            action: 'contactPair.update',
            objectType: 'contact_pair',
            objectId: before.id,
            regionCode: set.regionCode ?? before.regionCode,
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
