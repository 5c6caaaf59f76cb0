import {
  membershipsSheet,
  type MembershipSheetRow,
} from '../../../domain/directory/exchange/membershipsSheet.ts';
import { orgKey } from '../../../domain/directory/exchange/orgsSheet.ts';
import { memberships } from '../../db/schema/index.ts';
import { requireActor } from '../../platform/context.ts';
import { can } from '../../../domain/access/policy.ts';
import { regionChecker, rowChecks, type Importer } from './importer.ts';
import { orgsInRegions, personsByIdNumber, storedBy } from './lookups.ts';
import { planScratch, upsertTarget, writeUpserts } from './upsertWriter.ts';

type MembershipRow = typeof memberships.$inferSelect;

const MEMBERSHIP_TARGET = upsertTarget(memberships, 'personId', 'membership', 'membership');

/** 党员 import: one membership per person (by ID number); it lives where its organization does. */
export const importMemberships: Importer<MembershipSheetRow> = {
  sheet: membershipsSheet,
  async plan(tx, rows) {
    const actor = requireActor(tx);
    const checkRegion = await regionChecker(
      tx,
      rows.map((r) => r.record.orgRegionCode),
    );
    const { personIds, personOf } = await personsByIdNumber(
      tx,
      rows.map((r) => r.record.person.normalized),
    );
    const { list: orgs, byKey: orgByKey } = await orgsInRegions(
      tx,
      rows.map((r) => r.record.orgRegionCode),
    );
    const existing = await storedBy(tx, memberships, 'personId', personIds, (m) => m.personId);
    const { problems, batch, now } = planScratch<MembershipRow>(tx);
    rows.forEach(({ row, record: r }) => {
      const { fail, rejected } = rowChecks(
        problems,
        row,
        checkRegion(row, '党组织所在区划代码', r.orgRegionCode),
      );
      const person = personOf(r.person.normalized);
      if (!person || !can(actor, 'directory.read', person.regionCode))
        fail(
          '身份证号',
          '此人尚未登记（请先导入“人员”）',
          'ID number: no such person (import persons first)',
        );
      const org = orgByKey.get(orgKey(r.orgRegionCode, r.orgName));
      if (!org)
        fail(
          '党组织名称',
          `该区划没有“${r.orgName}”`,
          `organization: no ${r.orgName} in ${r.orgRegionCode}`,
        );
      const group =
        r.groupName && org
          ? orgs.find((o) => o.parentId === org.id && o.name === r.groupName)
          : null;
      if (group === undefined)
        fail(
          '党小组',
          `“${r.orgName}”下没有“${r.groupName ?? ''}”`,
          `party group: no ${r.groupName ?? ''} under ${r.orgName}`,
        );
      if (rejected() || !person || !org) return;
      const before = existing.get(person.id);
      if (!before) {
        batch.create({
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
      batch.change(before, set);
    });
    return {
      problems,
      write: (w, progress) => writeUpserts(w, MEMBERSHIP_TARGET, batch, progress),
    };
  },
};
