// Grids, households and their people for one village: sizes that add up to the planned
// population exactly, families with plausible ages, surnames shared along the family line.
import type { Gender } from '../idNumber.ts';
import type { HouseholdRelation } from '../personAttributes.ts';
import type { GridRecord, HouseholdRecord } from '../records.ts';
import type { HouseholdTag, PersonTag } from '../tags.ts';
import { givenName, randomSurname, villageSurnames } from './names.ts';
import { createPerson } from './personFactory.ts';
import type { Random } from './random.ts';
import type { Resident, VillageContext } from './villageContext.ts';

export const MODEL_STREETS = [
  '振兴街',
  '富民街',
  '兴业街',
  '和谐街',
  '文明街',
  '幸福街',
  '康宁街',
  '团结街',
  '民主街',
  '友爱街',
  '建设街',
  '育才街',
  '胜利街',
  '光明街',
  '红旗街',
  '太行街',
];
const COMPOUNDS = ['锦华小区', '阳光小区', '翠苑小区', '丽景小区', '和园小区', '金桂小区'];

export interface Settlement {
  grids: GridRecord[];
  /** Grids households are placed in (streets, villager groups or 网格), in order. */
  homeGrids: GridRecord[];
  households: HouseholdRecord[];
  /** Index into `homeGrids` for each household. */
  householdGrid: number[];
  residents: Resident[];
  /** Resident indexes of each household, head first. */
  membersOf: number[][];
}

function householdSizes(random: Random, households: number, population: number): number[] {
  const base = Math.floor(population / households);
  const sizes = Array.from(
    { length: households },
    (_, i) => base + (i < population % households ? 1 : 0),
  );
  // Random transfers keep the total while spreading sizes from 1 to 7.
  for (let k = 0; k < households * 2; k++) {
    const i = random.int(0, households - 1);
    const j = random.int(0, households - 1);
    if (i !== j && (sizes[j] ?? 0) > 1 && (sizes[i] ?? 0) < 7) {
      sizes[i] = (sizes[i] ?? 0) + 1;
      sizes[j] = (sizes[j] ?? 0) - 1;
    }
  }
  return sizes;
}

function makeGrids(
  vc: VillageContext,
  households: number,
): { grids: GridRecord[]; homeGrids: GridRecord[] } {
  const { plan, nextId } = vc;
  const grid = (kind: GridRecord['kind'], name: string, seq: number): GridRecord => ({
    id: nextId(),
    regionCode: plan.code,
    kind,
    name,
    seq,
  });
  if (plan.isModel) {
    const streets = MODEL_STREETS.map((s, i) => grid('street', `${s}服务站`, i + 1));
    return { grids: streets, homeGrids: streets };
  }
  if (plan.kind === 'community') {
    const cells = Array.from({ length: Math.max(2, Math.round(households / 120)) }, (_, i) =>
      grid('grid', `第${i + 1}网格`, i + 1),
    );
    const compounds = COMPOUNDS.slice(0, 2).map((c, i) =>
      grid('residentialCompound', c, cells.length + i + 1),
    );
    return { grids: [...cells, ...compounds], homeGrids: cells };
  }
  const groups = Array.from(
    { length: Math.max(Math.min(2, households), Math.round(households / 40)) },
    (_, i) => grid('villagerGroup', `第${i + 1}村民小组`, i + 1),
  );
  return { grids: groups, homeGrids: groups };
}

interface FamilyMember {
  relation: HouseholdRelation;
  gender: Gender;
  age: number;
  surname: string;
}

function family(random: Random, size: number, headSurname: string): FamilyMember[] {
  const headAge =
    size === 1
      ? random.int(45, 88)
      : size === 2
        ? random.chance(0.6)
          ? random.int(55, 85)
          : random.int(25, 50)
        : random.int(30, 72);
  const headGender: Gender = random.chance(0.85) ? 'male' : 'female';
  const out: FamilyMember[] = [
    { relation: 'head', gender: headGender, age: headAge, surname: headSurname },
  ];
  const other = (g: Gender): Gender => (g === 'male' ? 'female' : 'male');
  let spouseSurname = headSurname;
  if (size >= 2 && (size > 2 || random.chance(0.85))) {
    spouseSurname = randomSurname(random);
    out.push({
      relation: 'spouse',
      gender: other(headGender),
      age: Math.max(20, headAge + random.int(-5, 3)),
      surname: spouseSurname,
    });
  }
  const lineSurname = headGender === 'male' ? headSurname : spouseSurname;
  if (out.length < size && headAge < 45 && size - out.length === 1 && out.length === 1) {
    out.push({
      relation: 'parent',
      gender: random.chance(0.5) ? 'male' : 'female',
      age: Math.min(95, headAge + random.int(22, 30)),
      surname: headSurname,
    });
  }
  let childAge = -1;
  while (out.length < size) {
    const slotsLeft = size - out.length;
    const married =
      childAge >= 24 && slotsLeft >= 2 && !out.some((m) => m.relation === 'childInLaw');
    if (married) {
      out.push({
        relation: 'childInLaw',
        gender: 'female',
        age: childAge + random.int(-3, 2),
        surname: randomSurname(random),
      });
      continue;
    }
    if (childAge >= 24) {
      out.push({
        relation: 'grandchild',
        gender: random.chance(0.52) ? 'male' : 'female',
        age: Math.max(0, childAge - random.int(22, 32)),
        surname: lineSurname,
      });
      continue;
    }
    childAge = Math.max(0, headAge - random.int(20, 34));
    out.push({
      relation: 'child',
      gender: random.chance(0.52) ? 'male' : 'female',
      age: childAge,
      surname: lineSurname,
    });
  }
  return out;
}

function personTags(
  random: Random,
  age: number,
  gender: Gender,
  size: number,
): { tags: PersonTag[]; migrant: boolean } {
  const tags: PersonTag[] = [];
  const migrant = age >= 18 && age <= 50 && random.chance(0.3);
  if (migrant) tags.push('migrantWorker');
  if (gender === 'male' && age >= 35 && age <= 70 && random.chance(0.04)) tags.push('veteran');
  if (age >= 25 && age <= 55 && random.chance(0.012)) tags.push('returnedEntrepreneur');
  if (age >= 30 && age <= 60 && random.chance(0.012)) tags.push('prosperityLeader');
  if (age >= 30 && age <= 65 && random.chance(0.01)) tags.push('ruralCraftsman');
  if (random.chance(0.015)) tags.push('disabled');
  if (size === 1 && age >= 65) tags.push('livingAloneElderly');
  return { tags, migrant };
}

export function settleVillage(vc: VillageContext): Settlement {
  const { plan, random, nextId } = vc;
  const sizes = householdSizes(random, plan.households, plan.population);
  const { grids, homeGrids } = makeGrids(vc, plan.households);
  const clans = villageSurnames(random);
  const households: HouseholdRecord[] = [];
  const householdGrid: number[] = [];
  const residents: Resident[] = [];
  const membersOf: number[][] = [];
  const poverty = 0.03 + 0.1 * (1 - plan.strength);
  sizes.forEach((size, h) => {
    const r = random.next();
    const headSurname =
      r < 0.3
        ? (clans[0] ?? '王')
        : r < 0.45
          ? (clans[1] ?? '李')
          : r < 0.55
            ? (clans[2] ?? '张')
            : randomSurname(random);
    const householdId = nextId();
    const indexes: number[] = [];
    for (const m of family(random, size, headSurname)) {
      const person = createPerson(vc.people, {
        name: m.surname + givenName(random, m.gender),
        gender: m.gender,
        age: m.age,
        regionCode: plan.code,
        householdId,
        relationToHead: m.relation,
        unitId: null,
      });
      const { tags, migrant } = personTags(random, m.age, m.gender, size);
      if (['college', 'bachelor', 'postgraduate'].includes(person.education) && m.age <= 40)
        tags.push('collegeGraduate');
      person.tags = tags;
      indexes.push(residents.length);
      residents.push({ person, age: m.age, household: h, migrant });
    }
    const tags: HouseholdTag[] = [];
    if (random.chance(poverty)) tags.push('povertyAlleviated');
    if (random.chance(0.015)) tags.push('monitored');
    if (random.chance(0.03)) tags.push('minimumLiving');
    if (size === 1 && (residents[indexes[0] ?? 0]?.age ?? 0) >= 60 && random.chance(0.3))
      tags.push('fiveGuarantees');
    if (random.chance(0.015)) tags.push('militaryFamily');
    if (size <= 2 && indexes.every((i) => (residents[i]?.age ?? 0) >= 60)) tags.push('emptyNest');
    if (random.chance(0.1)) tags.push('civilizedHousehold');
    const gridIndex = Math.floor((h * homeGrids.length) / sizes.length);
    households.push({
      id: householdId,
      regionCode: plan.code,
      gridId: homeGrids[gridIndex]?.id ?? null,
      headId: residents[indexes[0] ?? 0]?.person.id ?? '',
      memberCount: size,
      tags,
    });
    householdGrid.push(gridIndex);
    membersOf.push(indexes);
  });
  return { grids, homeGrids, households, householdGrid, residents, membersOf };
}
