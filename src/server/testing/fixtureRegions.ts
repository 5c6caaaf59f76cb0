import type { RegionInput } from '../modules/regions/regionRow.ts';
import type { DemoPlaces } from '../seed/demoAccounts.ts';

/** The hand-written test county: small and explicit, so platform tests can name what they expect. */
export const FIXTURE_PLACES: DemoPlaces = {
  county: '410599000000',
  township: '410599101000',
  village1: '410599101201',
  village2: '410599101202',
};

export const FIXTURE_REGIONS: RegionInput[] = [
  { code: '410000000000', name: '河南省' },
  { code: '410500000000', name: '安阳市' },
  {
    code: '410599000000',
    name: '示范县',
    lat: 36.02,
    lng: 114.2,
    population: 52_400,
    households: 16_800,
  },
  {
    code: '410599101000',
    name: '红旗镇',
    lat: 36.05,
    lng: 114.18,
    population: 21_300,
    households: 6_900,
  },
  {
    code: '410599201000',
    name: '青山乡',
    lat: 35.96,
    lng: 114.31,
    population: 14_800,
    households: 4_700,
  },
  {
    code: '410599101001',
    name: '东街社区',
    urbanRuralClass: '111',
    lat: 36.051,
    lng: 114.182,
    population: 3_200,
    households: 1_150,
  },
  {
    code: '410599101201',
    name: '振兴村',
    urbanRuralClass: '220',
    lat: 36.062,
    lng: 114.171,
    population: 2_860,
    households: 912,
  },
  {
    code: '410599101202',
    name: '李家庄村',
    urbanRuralClass: '220',
    lat: 36.071,
    lng: 114.196,
    population: 1_240,
    households: 402,
  },
  {
    code: '410599201201',
    name: '南岭村',
    urbanRuralClass: '220',
    lat: 35.951,
    lng: 114.322,
    population: 860,
    households: 281,
  },
  {
    code: '410599201202',
    name: '石门村',
    urbanRuralClass: '220',
    lat: 35.944,
    lng: 114.301,
    population: 1_530,
    households: 497,
  },
];
