import { eq, inArray } from 'drizzle-orm';
import {
  membershipsSheet,
  type MembershipSheetRow,
} from '../../../domain/directory/exchange/membershipsSheet.ts';
import { orgKey } from '../../../domain/directory/exchange/orgsSheet.ts';
import type { RowProblem } from '../../../domain/directory/exchange/validateSheet.ts';
import type { AuditEntry } from '../../audit/appendAudit.ts';
import { memberships, partyOrgs, persons } from '../../db/schema/index.ts';
import { requireActor } from '../../platform/context.ts';
import { can } from '../../../domain/access/policy.ts';
import { inChunks, problem, regionChecker, type Importer } from './importer.ts';

type MembershipRow = typeof memberships.$inferSelect;

/** 党员 import: one membership per person (by ID number); it lives where its organization does. */
export const importMemberships: Importer<MembershipSheetRow> = {
  sheet: membershipsSheet,
  async plan(tx, rows) {
    const actor = requireActor(tx);
    const checkRegion = await regionChecker(
      tx,
      rows.map((r) => r.record.orgRegionCode),
    );
    const index = rows.map((r) => tx.cipher.blindIndex(r.record.person.normalized));
    const people = new Map(
      (
        await inChunks(index, (chunk) =>
          tx.db
            .select({ id: persons.id, idIndex: persons.idIndex, regionCode: persons.regionCode })
            .from(persons)
            .where(inArray(persons.idIndex, chunk)),
        )
      ).map((p) => [p.idIndex, p]),
    );
    const orgs = await inChunks(
      rows.map((r) => r.record.orgRegionCode),
      (chunk) =>
        tx.db
          .select({
            id: partyOrgs.id,
            regionCode: partyOrgs.regionCode,
            name: partyOrgs.name,
            parentId: partyOrgs.parentId,
          })
          .from(partyOrgs)
          .where(inArray(partyOrgs.regionCode, chunk)),
    );
    const orgByKey = new Map(orgs.map((o) => [orgKey(o.regionCode, o.name), o]));
    const existing = new Map(
      (
        await inChunks(
          [...people.values()].map((p) => p.id),
          (chunk) => tx.db.select().from(memberships).where(inArray(memberships.personId, chunk)),
        )
      ).map((m) => [m.personId, m]),
    );
    const problems: RowProblem[] = [];
    const inserts: MembershipRow[] = [];
    const updates: { before: MembershipRow; set: Partial<MembershipRow> }[] = [];
    let unchanged = 0;
    const now = tx.clock();
    rows.forEach(({ row, record: r }, i) => {
      const found: (RowProblem | null)[] = [
        checkRegion(row, '党组织所在区划代码', r.orgRegionCode),
      ];
      const person = people.get(index[i] ?? '');
      if (!person || !can(actor, 'directory.read', person.regionCode))
        found.push(
          problem(
            row,
            '身份证号',
            '身份证号：此人尚未登记（请先导入“人员”）',
            'ID number: no such person (import persons first)',
          ),
        );
      const org = orgByKey.get(orgKey(r.orgRegionCode, r.orgName));
      if (!org)
        found.push(
          problem(
            row,
            '党组织名称',
            `党组织名称：该区划没有“${r.orgName}”`,
            `organization: no ${r.orgName} in ${r.orgRegionCode}`,
          ),
        );
      const group =
        r.groupName && org
          ? orgs.find((o) => o.parentId === org.id && o.name === r.groupName)
          : null;
      if (group === undefined)
        found.push(
          problem(
            row,
            '党小组',
            `党小组：“${r.orgName}”下没有“${r.groupName ?? ''}”`,
            `party group: no ${r.groupName ?? ''} under ${r.orgName}`,
          ),
        );
      const errors = found.filter((p): p is RowProblem => p !== null);
      if (errors.length > 0 || !person || !org) return problems.push(...errors);
      const before = existing.get(person.id);
      if (!before) {
        inserts.push({
          personId: person.id,
          regionCode: org.regionCode,
          countyCode: org.regionCode.slice(0, 6),
          orgId: org.id,
          groupId: group?.id ?? null,
          kind: r.kind,
          joinDate: r.joinDate,
          createdAt: now,
          updatedAt: now,
        });
        return;
      }
      const set: Partial<MembershipRow> = {};
      if (org.id !== before.orgId)
        Object.assign(set, {
          orgId: org.id,
          regionCode: org.regionCode,
          countyCode: org.regionCode.slice(0, 6),
          groupId: group?.id ?? null,
        });
      else if (group && group.id !== before.groupId) set.groupId = group.id;
      if (r.kind !== before.kind) set.kind = r.kind;
      if (r.joinDate !== before.joinDate) set.joinDate = r.joinDate;
      if (Object.keys(set).length === 0) unchanged++;
      else updates.push({ before, set });
    });
    return {
      problems,
      async write(w) {
        const audit: AuditEntry[] = [];
        if (inserts.length > 0) await w.db.insert(memberships).values(inserts);
        for (const row of inserts)
          audit.push({
            action: 'membership.create',
            objectType: 'membership',
            objectId: row.personId,
            regionCode: row.regionCode,
            after: row,
            detail: { via: 'import' },
          });
        for (const { before, set } of updates) {
          await w.db
            .update(memberships)
            .set({ ...set, updatedAt: now })
            .where(eq(memberships.personId, before.personId));
          audit.push({
            action: 'membership.update',
            objectType: 'membership',
            objectId: before.personId,
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
