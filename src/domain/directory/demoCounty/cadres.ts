// Positions in a village: the branch committee (its members answer for teams, L2), the village
// director and 两委, group leaders, grid workers, station cadres, mediators, deputies and the
// first secretary sent by a unit. Vacancies planted by the plan are listed as gaps.
import { indexesWhere } from './indexes.ts';
import type { PositionCode, PositionDetails } from '../positions.ts';
import type { PositionRecord } from '../records.ts';
import { dateAfter, shiftBack } from './dates.ts';
import type { PartyStructure } from './party.ts';
import type { Settlement } from './settlement.ts';
import type { VillageContext } from './villageContext.ts';

export interface Cadres {
  /** The village org's committee, secretary first: L1 in the model village, else L2. */
  committee: number[];
  /** Model village: each branch's [secretary, committee member], who answer for its teams (L2). */
  branchCommittees: number[][];
}

export function appointCadres(vc: VillageContext, s: Settlement, party: PartyStructure): Cadres {
  const { plan, random, nextId, rows, county } = vc;
  const reference = county.options.referenceDate;
  const age = (i: number): number => s.residents[i]?.age ?? 0;
  const idOf = (i: number): string => s.residents[i]?.person.id ?? '';
  const hold = (
    personId: string,
    code: PositionCode,
    extra: Partial<Pick<PositionRecord, 'orgId' | 'gridId' | 'endDate'>> &
      PositionDetails & { startDate?: string } = {},
  ): void => {
    rows.positions.push({
      id: nextId(),
      personId,
      code,
      regionCode: plan.code,
      orgId: null,
      gridId: null,
      unitId: null,
      startDate: dateAfter(random, '2021-03-01', 240),
      endDate: null,
      ...extra,
    });
  };

  const pool = party.members.filter((i) => party.canContact(i) && age(i) >= 28 && age(i) <= 65);
  const fallback = party.members.filter((i) => !pool.includes(i));
  const size = plan.isModel ? 7 : 4 + random.int(0, 1);
  const committee = [...pickSome(vc, pool, size), ...fallback].slice(0, size);
  const [secretary, deputy, ...others] = committee;
  const topOrg = { orgId: party.topOrgId };

  if (secretary !== undefined) {
    if (plan.plantNoSecretary) {
      // The secretary resigned and nobody has been appointed yet.
      hold(idOf(secretary), 'secretary', {
        ...topOrg,
        endDate: shiftBack(reference, random.int(15, 200)),
      });
      vc.gaps.villagesWithoutSecretary.push(plan.code);
    } else {
      hold(idOf(secretary), 'secretary', topOrg);
    }
    if (random.chance(0.75)) hold(idOf(secretary), 'villageDirector');
  }
  if (random.chance(0.4) && fallback.length + pool.length > committee.length) {
    const former = [...pool, ...fallback].find((i) => !committee.includes(i));
    if (former !== undefined) {
      hold(idOf(former), 'secretary', {
        ...topOrg,
        startDate: dateAfter(random, '2016-01-01', 300),
        endDate: dateAfter(random, '2021-01-01', 50),
      });
    }
  }
  if (deputy !== undefined) hold(idOf(deputy), 'deputySecretary', topOrg);
  for (const i of others)
    hold(idOf(i), plan.isModel ? 'partyCommitteeMember' : 'committeeMember', topOrg);
  for (const i of committee.slice(1)) hold(idOf(i), 'twoCommitteesMember');
  const villager = s.residents.findIndex(
    (r, i) => r.age >= 30 && r.age <= 60 && !r.migrant && !committee.includes(i),
  );
  if (villager >= 0) hold(idOf(villager), 'twoCommitteesMember');

  const branchCommittees = party.branchIds.map((branchId, b) => {
    const inBranch = party.groups.filter((g) => g.branchIndex === b).flatMap((g) => g.members);
    const chosen = pickSome(
      vc,
      inBranch.filter((i) => party.canContact(i) && !committee.includes(i)),
      2,
    );
    const pair = chosen.length === 2 ? chosen : [...chosen, ...committee].slice(0, 2);
    if (pair[0] !== undefined) hold(idOf(pair[0]), 'secretary', { orgId: branchId });
    if (pair[1] !== undefined) hold(idOf(pair[1]), 'committeeMember', { orgId: branchId });
    return pair;
  });

  for (const g of party.groups) hold(idOf(g.leader), 'partyGroupLeader', { orgId: g.id });

  const gapStreet = plan.isModel ? random.int(0, s.homeGrids.length - 1) : -1;
  s.grids.forEach((grid) => {
    const home = s.homeGrids.indexOf(grid);
    if (grid.kind === 'street') {
      const group = party.groups.find((g) => g.street === home);
      const cadre =
        group?.members.find((i) => i !== group.leader && party.canContact(i)) ?? group?.leader;
      if (cadre === undefined) return;
      if (home === gapStreet) {
        // The station's cadre moved away last spring; the post is still open.
        hold(idOf(cadre), 'stationCadre', {
          gridId: grid.id,
          endDate: shiftBack(reference, random.int(30, 120)),
        });
        vc.gaps.streetsWithoutStationCadre.push(grid.id);
      } else {
        hold(idOf(cadre), 'stationCadre', { gridId: grid.id });
      }
    } else if (grid.kind === 'residentialCompound') {
      const member = pickSome(vc, party.members.filter(party.canContact), 1)[0];
      if (member !== undefined) hold(idOf(member), 'compoundSecretary', { gridId: grid.id });
    } else {
      const worker = s.residents.findIndex(
        (r) => s.householdGrid[r.household] === home && r.age >= 25 && r.age <= 60 && !r.migrant,
      );
      if (worker >= 0) hold(idOf(worker), 'gridWorker', { gridId: grid.id });
    }
  });

  const adults = indexesWhere(s.residents, (r) => r.age >= 40 && r.age <= 70 && !r.migrant);
  for (const i of pickSome(vc, adults, random.chance(0.4) ? 2 : 1))
    hold(idOf(i), 'mediator', { goldMediator: random.chance(0.12) });
  if (random.chance(0.15))
    for (const i of pickSome(vc, adults, 1))
      hold(idOf(i), 'peoplesCongressDeputy', { startDate: '2021-12-01' });

  if (plan.firstSecretary) {
    // in their current term (two years, 选派 in the first half of 2025): none has run out yet
    const start = dateAfter(random, '2025-01-01', 180);
    const term = {
      dispatchingUnitId: county.unitIds[plan.firstSecretary.unit] ?? '',
      startDate: start,
      termEndDate: `${Number(start.slice(0, 4)) + 2}${start.slice(4)}`,
    };
    const fs = county.unitStaff[plan.firstSecretary.unit]?.[plan.firstSecretary.staff];
    if (fs) hold(fs, 'firstSecretary', { ...topOrg, ...term });
    const teamStaff = plan.pairStaff[0];
    const teamMember = teamStaff ? county.unitStaff[teamStaff.unit]?.[teamStaff.staff] : undefined;
    if (teamMember && teamStaff)
      hold(teamMember, 'workTeamMember', {
        ...term,
        dispatchingUnitId: county.unitIds[teamStaff.unit] ?? '',
      });
  }
  return { committee, branchCommittees };
}

/** Up to `k` distinct items of `list`, in list order. */
export function pickSome(vc: VillageContext, list: readonly number[], k: number): number[] {
  return vc.random.sample(list.length, k).map((i) => list[i] ?? 0);
}
