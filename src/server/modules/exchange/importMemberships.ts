import { membershipsSheet } from '../../../domain/directory/exchange/membershipsSheet.ts';
import { orgKey } from '../../../domain/directory/exchange/orgsSheet.ts';
import { memberships } from '../../db/schema/index.ts';
import { checksAfterRegion, checkRegistered, regionChecker } from './importer.ts';
import { orgsInRegions, personsByIdNumber, storedBy } from './lookups.ts';
import { createdIn, inRegion, upsertImporter, upsertTarget } from './upsertWriter.ts';

/** 党员 import: one membership per person (by ID number); it lives where its organization does. */
export const importMemberships = upsertImporter(
  membershipsSheet,
  upsertTarget(memberships, 'personId', 'membership', 'membership'),
  async (tx, rows, { actor, problems, batch, now }) => {
    const checks = checksAfterRegion(
      problems,
      await regionChecker(
        tx,
        rows.map((r) => r.record.orgRegionCode),
      ),
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
    rows.forEach(({ row, record: r }) => {
      const { fail, rejected } = checks(row, '党组织所在区划代码', r.orgRegionCode);
      const person = personOf(r.person.normalized);
      checkRegistered(actor, person, fail, '此人');
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
          ...createdIn(now, org.regionCode),
          orgId: org.id,
          groupId: group?.id ?? null,
          kind: r.kind,
          joinDate: r.joinDate,
        });
        return;
      }
      const set: Partial<typeof before> = {};
      if (org.id !== before.orgId)
        Object.assign(set, {
          orgId: org.id,
          ...inRegion(org.regionCode),
          groupId: group?.id ?? null,
        });
      else if (group && group.id !== before.groupId) set.groupId = group.id;
      if (r.kind !== before.kind) set.kind = r.kind;
      if (r.joinDate !== before.joinDate) set.joinDate = r.joinDate;
      batch.change(before, set);
    });
  },
);
