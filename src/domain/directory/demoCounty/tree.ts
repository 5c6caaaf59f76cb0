// 五级联包 edges for one village and its 1+1+N pairs, with the planted gaps: households nobody
// contacts, and one member carrying more households than the report allows.
import type { ResponsibilityLevel, ResponsibilityTargetKind } from '../responsibility.ts';
import type { Cadres } from './cadres.ts';
import { PLANNED_LOAD, type PartyStructure } from './party.ts';
import { indexesWhere } from './indexes.ts';
import type { Settlement } from './settlement.ts';
import type { VillageContext } from './villageContext.ts';

export function buildResponsibility(
  vc: VillageContext,
  s: Settlement,
  party: PartyStructure,
  cadres: Cadres,
  enterpriseIds: readonly string[],
): void {
  const { plan, random, nextId, rows, county } = vc;
  const idOf = (i: number): string => s.residents[i]?.person.id ?? '';
  const edge = (
    level: ResponsibilityLevel,
    responsibleId: string,
    targetKind: ResponsibilityTargetKind,
    targetId: string,
    withinId: string | null,
  ): void => {
    rows.responsibilityEdges.push({
      id: nextId(),
      level,
      responsibleId,
      targetKind,
      targetId,
      withinId,
      regionCode: plan.code,
    });
  };

  // L1: a township committee member 包村; in the model village its own committee 包街道、包企业.
  const township = county.townships.get(plan.townshipCode)?.committeeMemberIds ?? [];
  const inspector = township[plan.index % Math.max(1, township.length)];
  if (inspector) edge(1, inspector, 'village', plan.code, null);
  const committeeAt = (k: number): string =>
    idOf(cadres.committee[k % cadres.committee.length] ?? 0);
  if (plan.isModel) {
    s.homeGrids.forEach((street, k) => edge(1, committeeAt(k), 'street', street.id, null));
    enterpriseIds.forEach((id, k) => edge(1, committeeAt(k + 1), 'enterprise', id, null));
  }

  // L2 and L3: committee members 包班组 (a team is a 党小组); group leaders 包党员.
  party.groups.forEach((g, gi) => {
    const branchPair = g.branchIndex === null ? undefined : cadres.branchCommittees[g.branchIndex];
    const responsible =
      plan.isModel && branchPair?.length
        ? idOf(branchPair[gi % branchPair.length] ?? 0)
        : committeeAt(gi);
    const within = g.street === null ? plan.code : (s.homeGrids[g.street]?.id ?? plan.code);
    edge(2, responsible, 'team', g.id, within);
    for (const m of g.members)
      if (m !== g.leader) edge(3, idOf(g.leader), 'partyMember', idOf(m), g.id);
  });

  // L4: members 包户主, each a contiguous run of neighbouring households.
  const owner = new Int32Array(s.households.length).fill(-1);
  const blocks = plan.isModel ? s.homeGrids.map((_, g) => g) : [null];
  for (const block of blocks) {
    const inBlock = (h: number): boolean => block === null || s.householdGrid[h] === block;
    const contacts = party.members.filter(
      (i) => party.canContact(i) && inBlock(s.residents[i]?.household ?? -1),
    );
    const households = indexesWhere(s.households, (_, h) => inBlock(h));
    households.forEach((h, k) => {
      owner[h] = contacts[Math.floor((k * contacts.length) / households.length)] ?? -1;
    });
  }
  let overloaded = -1;
  if (plan.plantOverload) {
    const contacts = party.members.filter(party.canContact);
    overloaded = contacts[random.int(0, contacts.length - 1)] ?? -1;
    const want = random.int(PLANNED_LOAD + 4, PLANNED_LOAD + 7);
    let have = owner.filter((o) => o === overloaded).length;
    const start = owner.indexOf(overloaded);
    // He took over the households of a neighbour who moved to the county town.
    for (let k = 1; k < owner.length && have < want; k++) {
      const h = (start + k) % owner.length;
      if (owner[h] !== overloaded && owner[h] !== -1) {
        owner[h] = overloaded;
        have++;
      }
    }
    vc.gaps.overloadedMembers.push({ personId: idOf(overloaded), households: have });
  }
  if (plan.plantUncontacted) {
    const candidates = indexesWhere(
      s.households,
      (_, h) => owner[h] !== overloaded && owner[h] !== -1,
    );
    for (const k of random.sample(candidates.length, random.int(1, 3))) {
      const h = candidates[k] ?? 0;
      owner[h] = -1;
      vc.gaps.householdsWithoutContact.push(s.households[h]?.id ?? '');
    }
  }
  owner.forEach((m, h) => {
    if (m >= 0) edge(4, idOf(m), 'household', s.households[h]?.id ?? '', null);
  });

  // L5: the head answers for the family.
  s.membersOf.forEach((members, h) => {
    const [head, ...family] = members;
    const householdId = s.households[h]?.id ?? null;
    if (head !== undefined)
      for (const m of family) edge(5, idOf(head), 'familyMember', idOf(m), householdId);
  });

  // 1+1+N: each paired unit sends one member, matched with a village member, for 3–6 households,
  // poverty-alleviated and monitored households first.
  const contacted = s.households.flatMap((hh, h) =>
    (owner[h] ?? -1) >= 0
      ? [{ h, priority: hh.tags.includes('monitored') || hh.tags.includes('povertyAlleviated') }]
      : [],
  );
  const ordered = [
    ...contacted.filter((c) => c.priority),
    ...contacted.filter((c) => !c.priority),
  ].map((c) => c.h);
  const rural = party.members.filter(party.canContact);
  plan.pairStaff.forEach((staff, j) => {
    const unitMemberId = county.unitStaff[staff.unit]?.[staff.staff];
    const ruralMember = rural[(j * 7 + 3) % Math.max(1, rural.length)];
    if (!unitMemberId || ruralMember === undefined) return;
    const n = random.int(3, 6);
    rows.contactPairs.push({
      id: nextId(),
      unitId: county.unitIds[staff.unit] ?? '',
      unitMemberId,
      ruralMemberId: idOf(ruralMember),
      regionCode: plan.code,
      householdIds: ordered.slice(j * n, j * n + n).map((h) => s.households[h]?.id ?? ''),
    });
  });
}
