// The county plan: codes, names, places, populations and the gaps to plant, decided up front so the
// villages can then be generated one at a time (streamed) with totals already known.
import { padCode } from '../../region/regionCode.ts';
import type { Industry } from '../industries.ts';
import type { UrbanRuralClass } from '../records.ts';
import { communityName, townshipName, villageName } from './names.ts';
import type { DemoCountyOptions } from './options.ts';
import { assignKeyVillages, plantGaps } from './planKeyVillages.ts';
import { createRandom, type Random } from './random.ts';

export type TownshipKind = 'subdistrict' | 'town' | 'township';

export interface TownshipPlan {
  code: string;
  name: string;
  kind: TownshipKind;
  lat: number;
  lng: number;
  population: number;
  households: number;
}

export interface StaffRef {
  unit: number;
  staff: number;
}

export interface VillagePlan {
  /** Position within the county, 0-based; also seeds the village's own random stream. */
  index: number;
  code: string;
  name: string;
  kind: 'village' | 'community';
  townshipCode: string;
  urbanRuralClass: UrbanRuralClass;
  lat: number;
  lng: number;
  population: number;
  households: number;
  industries: Industry[];
  strength: number;
  isModel: boolean;
  /** Weak villages get a first secretary and two paired units with 1+1+N pairs (高州). */
  firstSecretary: StaffRef | null;
  pairStaff: StaffRef[];
  plantNoSecretary: boolean;
  plantUncontacted: boolean;
  plantOverload: boolean;
}

export interface CountyPlan {
  index: number;
  provinceCode: string;
  cityCode: string;
  cityName: string;
  code: string;
  name: string;
  lat: number;
  lng: number;
  townships: TownshipPlan[];
  villages: VillagePlan[];
}

const KM_PER_DEG_LAT = 111.0;
const BASE_LAT = 35.6;
const BASE_LNG = 113.6;
const MODEL_POPULATION = 1600;
const INDUSTRY_CODES: Industry[] = [
  'apple',
  'grape',
  'grain',
  'medicinalHerbs',
  'vegetables',
  'tourism',
  'livestock',
];

/** County i → 41 CC DD with CC 05–19 and DD 99–90: digits no real county of 41 uses. */
export function countyCode(index: number): string {
  const city = 5 + Math.floor(index / 10);
  return `41${String(city).padStart(2, '0')}${99 - (index % 10)}`;
}

function townshipKinds(count: number): TownshipKind[] {
  const subdistricts = Math.max(1, Math.round(count / 6));
  const rural = Math.floor(count / 4);
  const towns = count - subdistricts - rural;
  return [
    ...Array<TownshipKind>(subdistricts).fill('subdistrict'),
    ...Array<TownshipKind>(Math.max(0, towns)).fill('town'),
    ...Array<TownshipKind>(rural).fill('township'),
  ].slice(0, count);
}

/** Splits `total` over weights by largest remainder, so the parts sum exactly. */
function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0) || 1;
  const raw = weights.map((w) => (total * w) / sum);
  const parts = raw.map(Math.floor);
  const order = raw
    .map((r, i) => [r - Math.floor(r), i] as const)
    .sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (let k = 0; k < total - parts.reduce((a, b) => a + b, 0); k++) {
    const i = order[k % order.length]?.[1] ?? 0;
    parts[i] = (parts[i] ?? 0) + 1;
  }
  return parts;
}

function drawPopulation(random: Random, options: DemoCountyOptions): number {
  if (options.peoplePerVillage !== null)
    return Math.round(options.peoplePerVillage * (0.6 + 0.8 * random.next()));
  // log-uniform over 300–3,000: many small villages, a few large ones
  return Math.round(Math.exp(Math.log(300) + random.next() * Math.log(10)));
}

export function planCounty(options: DemoCountyOptions, countyIndex: number): CountyPlan {
  const random = createRandom(`${options.seed}/county/${countyIndex}`);
  const code = countyCode(countyIndex);
  const originLat = BASE_LAT + Math.floor(countyIndex / 15) * (42 / KM_PER_DEG_LAT);
  const kmPerDegLng = KM_PER_DEG_LAT * Math.cos((originLat * Math.PI) / 180);
  const originLng = BASE_LNG + (countyIndex % 15) * (32 / kmPerDegLng);
  const at = (xKm: number, yKm: number): { lat: number; lng: number } => ({
    lat: Math.round((originLat + yKm / KM_PER_DEG_LAT) * 1e6) / 1e6,
    lng: Math.round((originLng + xKm / kmPerDegLng) * 1e6) / 1e6,
  });

  // Townships tile a 30 × 40 km rectangle; 街道 take the central cells, 乡 the remote ones.
  const kinds = townshipKinds(options.townships);
  const cols = Math.max(1, Math.round(Math.sqrt((kinds.length * 30) / 40)));
  const rows = Math.ceil(kinds.length / cols);
  const cellW = 30 / cols;
  const cellH = 40 / rows;
  const cells = Array.from({ length: cols * rows }, (_, i) => ({
    x: (i % cols) * cellW,
    y: Math.floor(i / cols) * cellH,
  })).sort(
    (a, b) =>
      Math.hypot(a.x + cellW / 2 - 15, a.y + cellH / 2 - 20) -
      Math.hypot(b.x + cellW / 2 - 15, b.y + cellH / 2 - 20),
  );
  const counters = { subdistrict: 0, town: 0, township: 0 };
  const firstNumber = { subdistrict: 1, town: 100, township: 200 };
  const townships = kinds.map((kind, i) => {
    const n = counters[kind]++;
    const cell = cells[i] ?? { x: 0, y: 0 };
    return {
      plan: {
        code: padCode(`${code}${String(firstNumber[kind] + n).padStart(3, '0')}`),
        name: townshipName(kind, n),
        kind,
        ...at(cell.x + cellW / 2, cell.y + cellH / 2),
        population: 0,
        households: 0,
      },
      cell,
      mainIndustry: random.pick(INDUSTRY_CODES),
    };
  });

  const communityShares = apportion(
    options.communities,
    townships.map((t) => (t.plan.kind === 'subdistrict' ? 3 : t.plan.kind === 'town' ? 0.5 : 0)),
  );
  const villageShares = apportion(
    options.villages,
    townships.map((t) => (t.plan.kind === 'subdistrict' ? 0.3 : t.plan.kind === 'town' ? 1.2 : 1)),
  );
  const modelTownship = townships.findIndex((t) => t.plan.kind === 'town');
  const taken = new Set<string>(['振兴村']);
  const villages: VillagePlan[] = [];
  let communityCount = 0;
  townships.forEach((t, ti) => {
    const slots = [
      ...Array<'community'>(communityShares[ti] ?? 0).fill('community'),
      ...Array<'village'>(villageShares[ti] ?? 0).fill('village'),
    ];
    let communityNo = 0;
    let villageNo = 0;
    for (const kind of slots) {
      const isModel =
        options.modelVillage &&
        kind === 'village' &&
        villageNo === 0 &&
        ti === Math.max(0, modelTownship);
      const number = kind === 'community' ? 1 + communityNo++ : 200 + villageNo++;
      const spread = kind === 'community' ? 0.15 : 0.42;
      const place = at(
        t.cell.x + cellW * (0.5 + (random.next() * 2 - 1) * spread),
        t.cell.y + cellH * (0.5 + (random.next() * 2 - 1) * spread),
      );
      const population = isModel ? MODEL_POPULATION : drawPopulation(random, options);
      const firstOfKind = (kind === 'community' ? communityNo : villageNo) === 1;
      const urbanRuralClass: UrbanRuralClass =
        kind === 'community'
          ? t.plan.kind === 'subdistrict'
            ? '111'
            : '121'
          : t.plan.kind === 'subdistrict'
            ? '112'
            : firstOfKind
              ? t.plan.kind === 'town'
                ? '122'
                : '210'
              : '220';
      const industries: Industry[] =
        kind === 'community'
          ? []
          : isModel
            ? ['tourism', 'vegetables']
            : pickIndustries(random, t.mainIndustry);
      villages.push({
        index: villages.length,
        code: padCode(`${t.plan.code.slice(0, 9)}${String(number).padStart(3, '0')}`),
        name: isModel
          ? '振兴村'
          : kind === 'community'
            ? communityName(communityCount++)
            : villageName(random, taken),
        kind,
        townshipCode: t.plan.code,
        urbanRuralClass,
        ...place,
        population,
        households: Math.max(1, Math.round(population / (2.9 + random.next() * 0.4))),
        industries,
        strength: isModel
          ? 0.95
          : // communities lean strong, but a strength stays within 0–1 (the database checks it)
            Math.round(
              Math.min(1, (random.next() + random.next()) / 2 + (kind === 'community' ? 0.15 : 0)) *
                1000,
            ) / 1000,
        isModel,
        firstSecretary: null,
        pairStaff: [],
        plantNoSecretary: false,
        plantUncontacted: false,
        plantOverload: false,
      });
      t.plan.population += population;
    }
  });
  assignKeyVillages(villages, options);
  plantGaps(random, villages);
  for (const v of villages) {
    const t = townships.find((x) => x.plan.code === v.townshipCode);
    if (t) t.plan.households += v.households;
  }
  const cityIndex = Math.floor(countyIndex / 10);
  return {
    index: countyIndex,
    provinceCode: padCode(code.slice(0, 2)),
    cityCode: padCode(code.slice(0, 4)),
    cityName: cityIndex === 0 ? '示范市' : `示范${cityIndex + 1}市`,
    code: padCode(code),
    name: countyIndex === 0 ? '示范县' : `示范${countyIndex + 1}县`,
    ...at(15, 20),
    townships: townships.map((t) => t.plan),
    villages,
  };
}

function pickIndustries(random: Random, main: Industry): Industry[] {
  const first = random.chance(0.6) ? main : random.pick(INDUSTRY_CODES);
  const second = random.pick(INDUSTRY_CODES);
  return random.chance(0.4) && second !== first ? [first, second] : [first];
}
