// The county frame: region rows above the villages, the county and township party committees with
// their members (L1 of 五级联包), and the county units with their staff.
import type { PersonRecord, PositionRecord, RegionRecord } from '../records.ts';
import { toEpochDay } from '../plainDate.ts';
import { emptyGaps, emptyRows, type DemoCountyChunk } from './chunk.ts';
import { dateAfter } from './dates.ts';
import { createIdFactory, type IdFactory } from './ids.ts';
import { givenName, randomSurname } from './names.ts';
import type { DemoCountyOptions } from './options.ts';
import { IdNumberAllocator } from './people.ts';
import { createPerson, type PersonContext } from './personFactory.ts';
import type { CountyPlan } from './plan.ts';
import { createRandom, type Random } from './random.ts';
import { COUNTY_UNITS } from './unitCatalog.ts';

/** What the villages of a county need from its frame. */
export interface CountyContext {
  options: DemoCountyOptions;
  plan: CountyPlan;
  allocator: IdNumberAllocator;
  referenceEpochDay: number;
  countyOrgId: string;
  /** Township code → its party committee and the members who 包村 (L1). */
  townships: Map<string, { orgId: string; committeeMemberIds: string[] }>;
  unitIds: string[];
  /** unit index → staff person ids. */
  unitStaff: string[][];
}

/** Ids of county `c`, village `v` (−1 for the frame) share a timestamp, so their rows cluster. */
export function idFactoryFor(random: Random, countyIndex: number, villageIndex: number): IdFactory {
  return createIdFactory(
    random,
    Date.UTC(2024, 0, 1) + countyIndex * 10_000_000 + (villageIndex + 1) * 1000,
  );
}

const TOWNSHIP_COMMITTEE_SIZE = 5;

export function buildCountyFrame(
  options: DemoCountyOptions,
  plan: CountyPlan,
): { chunk: DemoCountyChunk; context: CountyContext } {
  const random = createRandom(`${options.seed}/county/${plan.index}/frame`);
  const nextId = idFactoryFor(random, plan.index, -1);
  const rows = emptyRows();
  const context: CountyContext = {
    options,
    plan,
    allocator: new IdNumberAllocator(plan.code.slice(0, 6)),
    referenceEpochDay: toEpochDay(options.referenceDate),
    countyOrgId: nextId(),
    townships: new Map(),
    unitIds: [],
    unitStaff: [],
  };
  const people: PersonContext = {
    random,
    nextId,
    allocator: context.allocator,
    referenceEpochDay: context.referenceEpochDay,
  };
  const official = (regionCode: string, unitId: string | null): PersonRecord => {
    const gender = random.chance(0.75) ? 'male' : 'female';
    return createPerson(people, {
      name: randomSurname(random) + givenName(random, gender),
      gender,
      age: random.int(30, 56),
      regionCode,
      householdId: null,
      relationToHead: null,
      unitId,
    });
  };
  /**
   * An official who is a formal party member of `orgId`, joined on a random day from the year they
   * turned `joinAge`: their person and membership rows are added, their id returned.
   */
  const officialMember = (
    regionCode: string,
    unitId: string | null,
    orgId: string,
    joinAge: number,
  ): string => {
    const person = official(regionCode, unitId);
    rows.persons.push(person);
    rows.memberships.push({
      personId: person.id,
      orgId,
      groupId: null,
      kind: 'formal',
      joinDate: dateAfter(
        random,
        `${Number(person.birthDate.slice(0, 4)) + joinAge}-01-01`,
        3000,
        options.referenceDate,
      ),
    });
    return person.id;
  };
  const position = (p: Omit<PositionRecord, 'id' | 'gridId' | 'endDate'>): PositionRecord => ({
    id: nextId(),
    gridId: null,
    endDate: null,
    ...p,
  });

  const totals = plan.villages.reduce(
    (t, v) => ({ p: t.p + v.population, h: t.h + v.households }),
    { p: 0, h: 0 },
  );
  const region = (r: Omit<RegionRecord, 'urbanRuralClass'>): RegionRecord => ({
    urbanRuralClass: null,
    ...r,
  });
  rows.regions.push(
    region({
      code: plan.code,
      level: 'county',
      name: plan.name,
      parentCode: plan.cityCode,
      lat: plan.lat,
      lng: plan.lng,
      population: totals.p,
      households: totals.h,
    }),
  );
  rows.orgs.push({
    id: context.countyOrgId,
    name: `中共${plan.name}委员会`,
    type: 'committee',
    kind: 'rural',
    parentId: null,
    regionCode: plan.code,
    unitId: null,
  });

  for (const t of plan.townships) {
    rows.regions.push(
      region({
        code: t.code,
        level: 'township',
        name: t.name,
        parentCode: plan.code,
        lat: t.lat,
        lng: t.lng,
        population: t.population,
        households: t.households,
      }),
    );
    const orgId = nextId();
    // 街道 have a 党工委; we record it as a committee of kind community.
    rows.orgs.push({
      id: orgId,
      name: `中共${t.name}${t.kind === 'subdistrict' ? '工作' : ''}委员会`,
      type: 'committee',
      kind: t.kind === 'subdistrict' ? 'community' : 'rural',
      parentId: context.countyOrgId,
      regionCode: t.code,
      unitId: null,
    });
    const committee: string[] = [];
    for (let i = 0; i < TOWNSHIP_COMMITTEE_SIZE; i++) {
      const personId = officialMember(t.code, null, orgId, 23);
      committee.push(personId);
      rows.positions.push(
        position({
          personId,
          code: i === 0 ? 'secretary' : 'partyCommitteeMember',
          regionCode: t.code,
          orgId,
          unitId: null,
          startDate: dateAfter(random, '2021-06-01', 700),
        }),
      );
    }
    // 每个乡镇至少配备一名"金牌调解员": the committee member for 政法 takes the disputes the villages
    // could not settle (a fixed start date keeps the random stream, and every later draw, as it was).
    const goldMediator = committee[committee.length - 1];
    if (goldMediator)
      rows.positions.push(
        position({
          personId: goldMediator,
          code: 'mediator',
          regionCode: t.code,
          orgId: null,
          unitId: null,
          startDate: '2023-03-01',
          goldMediator: true,
        }),
      );
    // 人大代表联络站: a committee member is the township's deputy to the county 人大, who receives
    // residents on the station's reception days and carries their opinions (no random draw).
    const deputy = committee[1];
    if (deputy && deputy !== goldMediator)
      rows.positions.push(
        position({
          personId: deputy,
          code: 'peoplesCongressDeputy',
          regionCode: t.code,
          orgId: null,
          unitId: null,
          startDate: '2021-12-01',
        }),
      );
    // The secretary chairs; the other members each 包村 a share of the villages.
    context.townships.set(t.code, { orgId, committeeMemberIds: committee.slice(1) });
  }

  COUNTY_UNITS.slice(0, options.units).forEach((template) => {
    const unitId = nextId();
    const orgId = nextId();
    const name = template.name.replace('{县}', plan.name);
    rows.units.push({
      id: unitId,
      name,
      kind: template.kind,
      regionCode: plan.code,
      capabilities: [...template.capabilities],
      partyOrgId: orgId,
    });
    rows.orgs.push({
      id: orgId,
      name: `中共${name}${template.kind === 'agency' ? '机关' : ''}支部委员会`,
      type: template.kind === 'agency' ? 'agencyBranch' : 'branch',
      kind: 'unit',
      parentId: context.countyOrgId,
      regionCode: plan.code,
      unitId,
    });
    const staff: string[] = [];
    for (let s = 0; s < options.staffPerUnit; s++) {
      staff.push(officialMember(plan.code, unitId, orgId, 22));
    }
    // The last staff member chairs the unit branch; the others are sent to villages.
    const chair = staff[staff.length - 1];
    if (chair)
      rows.positions.push(
        position({
          personId: chair,
          code: 'secretary',
          regionCode: plan.code,
          orgId,
          unitId,
          startDate: dateAfter(random, '2022-01-01', 700),
        }),
      );
    context.unitIds.push(unitId);
    context.unitStaff.push(staff);
  });

  return {
    chunk: { kind: 'county', regionCode: plan.code, ...rows, plantedGaps: emptyGaps() },
    context,
  };
}
