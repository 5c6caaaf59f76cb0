// Party members (about 3 % of villagers), the village party organization with its branches and
// 党小组, and the memberships. Enough members stay at home to contact every household within the
// load limit, because an unplanned overload would be a gap nobody listed.
import { orgTypeForMemberCount } from '../orgTypes.ts';
import type { PartyOrgRecord } from '../records.ts';
import { dateAfter, shiftBack } from './dates.ts';
import { indexesWhere } from './indexes.ts';
import type { Settlement } from './settlement.ts';
import type { VillageContext } from './villageContext.ts';

/** Households one contact member takes in a generated village: below the report's 15, with room. */
export const PLANNED_LOAD = 12;

export interface PartyGroup {
  id: string;
  branchIndex: number | null;
  /** Home-grid index for model-village groups (one per street), else null. */
  street: number | null;
  members: number[];
  leader: number;
}

export interface PartyStructure {
  topOrgId: string;
  branchIds: string[];
  groups: PartyGroup[];
  members: number[];
  /** Members who can contact households: at home (not 流动) and at most 80. */
  canContact: (resident: number) => boolean;
}

export function organizeParty(vc: VillageContext, s: Settlement): PartyStructure {
  const { plan, random, nextId, rows } = vc;
  const isMember = new Uint8Array(s.residents.length);
  const adults = indexesWhere(s.residents, (r) => r.age >= 20);
  const ratio = plan.isModel ? 0.05 : 0.026 + 0.01 * random.next();
  for (const k of random.sample(adults.length, Math.max(6, Math.round(plan.population * ratio))))
    isMember[adults[k] ?? 0] = 1;
  const canContact = (i: number): boolean =>
    isMember[i] === 1 && !(s.residents[i]?.migrant ?? true) && (s.residents[i]?.age ?? 99) <= 80;

  // Top up each block (a street in the model village, else the whole village) to enough contacts.
  const blocks = plan.isModel ? s.homeGrids.map((_, g) => g) : [null];
  for (const block of blocks) {
    const inBlock = (i: number): boolean =>
      block === null || s.householdGrid[s.residents[i]?.household ?? 0] === block;
    const blockHouseholds =
      block === null ? s.households.length : s.householdGrid.filter((g) => g === block).length;
    const need = Math.max(block === null ? 4 : 2, Math.ceil(blockHouseholds / PLANNED_LOAD));
    let have = adults.filter((i) => inBlock(i) && canContact(i)).length;
    const candidates = adults.filter(
      (i) =>
        inBlock(i) &&
        isMember[i] === 0 &&
        !(s.residents[i]?.migrant ?? true) &&
        (s.residents[i]?.age ?? 0) <= 65,
    );
    for (const i of candidates) {
      if (have >= need) break;
      isMember[i] = 1;
      have++;
    }
  }
  const members = indexesWhere(s.residents, (_, i) => isMember[i] === 1);

  const type = plan.isModel ? 'committee' : orgTypeForMemberCount(members.length);
  const kind = plan.kind === 'community' ? 'community' : 'rural';
  const township = vc.county.townships.get(plan.townshipCode);
  const org = (
    name: string,
    t: PartyOrgRecord['type'],
    parentId: string | null,
  ): PartyOrgRecord => {
    const record: PartyOrgRecord = {
      id: nextId(),
      name,
      type: t,
      kind,
      parentId,
      regionCode: plan.code,
      unitId: null,
    };
    rows.orgs.push(record);
    return record;
  };
  const suffix =
    type === 'committee' ? '委员会' : type === 'generalBranch' ? '总支部委员会' : '支部委员会';
  const top = org(`中共${plan.name}${suffix}`, type, township?.orgId ?? null);
  const branchCount = type === 'committee' ? 4 : type === 'generalBranch' ? 2 : 0;
  const branches = Array.from({ length: branchCount }, (_, b) =>
    org(`中共${plan.name}第${b + 1}支部委员会`, 'branch', top.id),
  );

  const groupMembers: { street: number | null; members: number[] }[] = plan.isModel
    ? s.homeGrids.map((_, g) => ({
        street: g,
        members: members.filter((i) => s.householdGrid[s.residents[i]?.household ?? 0] === g),
      }))
    : chunk(members, Math.max(1, Math.round(members.length / 10))).map((m) => ({
        street: null,
        members: m,
      }));
  const groups: PartyGroup[] = groupMembers.map((g, gi) => {
    const branchIndex =
      branchCount > 0 ? Math.floor((gi * branchCount) / groupMembers.length) : null;
    const parent = branchIndex === null ? top : (branches[branchIndex] ?? top);
    const label =
      g.street === null
        ? `第${gi + 1}党小组`
        : `${s.homeGrids[g.street]?.name.replace('服务站', '') ?? ''}党小组`;
    const leader =
      g.members.find((i) => canContact(i) && (s.residents[i]?.age ?? 99) <= 70) ??
      g.members.find(canContact) ??
      g.members[0] ??
      0;
    return {
      id: org(`${plan.name}${label}`, 'partyGroup', parent.id).id,
      branchIndex,
      street: g.street,
      members: g.members,
      leader,
    };
  });

  const reference = vc.county.options.referenceDate;
  const memberHouseholds = new Set<number>();
  for (const group of groups) {
    const orgId = group.branchIndex === null ? top.id : (branches[group.branchIndex]?.id ?? top.id);
    for (const i of group.members) {
      const r = s.residents[i];
      if (!r) continue;
      const probationary = random.chance(0.05);
      const birthYear = Number(r.person.birthDate.slice(0, 4));
      // 预备期 is one year, so a probationary member joined within the last year.
      const joinDate = probationary
        ? shiftBack(reference, random.int(10, 330))
        : dateAfter(
            random,
            `${birthYear + random.int(20, Math.max(20, Math.min(r.age, 55)))}-01-01`,
            364,
            reference,
          );
      rows.memberships.push({
        personId: r.person.id,
        orgId,
        groupId: group.id,
        kind: probationary ? 'probationary' : 'formal',
        joinDate,
      });
      if (r.migrant) r.person.tags.push('mobilePartyMember');
      if (r.age >= 70) r.person.tags.push('elderlyPartyMember');
      memberHouseholds.add(r.household);
    }
  }
  for (const h of memberHouseholds) s.households[h]?.tags.push('partyMemberHousehold');
  return { topOrgId: top.id, branchIds: branches.map((b) => b.id), groups, members, canContact };
}

function chunk<T>(items: readonly T[], parts: number): T[][] {
  return Array.from({ length: parts }, (_, p) =>
    items.slice(
      Math.floor((p * items.length) / parts),
      Math.floor(((p + 1) * items.length) / parts),
    ),
  );
}
