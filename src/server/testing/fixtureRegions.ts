import { DEMO_COUNTY, DEMO_TOWNSHIP, DEMO_VILLAGE_1, DEMO_VILLAGE_2 } from './demoAccounts.ts';

export interface SeedRegion {
  code: string;
  name: string;
  urbanRuralClass?: string;
  lat?: number;
  lng?: number;
  population?: number;
  households?: number;
}

/** A small fictional county (示范县) — two townships and a few villages; the directory issue brings the full one. */
export const DEMO_REGIONS: SeedRegion[] = [
  { code: '410000000000', name: '河南省' },
  { code: '410500000000', name: '安阳市' },
  { code: DEMO_COUNTY, name: '示范县', lat: 36.02, lng: 114.2, population: 52_400, households: 16_800 },
  { code: DEMO_TOWNSHIP, name: '红旗镇', lat: 36.05, lng: 114.18, population: 21_300, households: 6_900 },
  { code: '410599201000', name: '青山乡', lat: 35.96, lng: 114.31, population: 14_800, households: 4_700 },
  { code: '410599101001', name: '东街社区', urbanRuralClass: '111', lat: 36.051, lng: 114.182, population: 3_200, households: 1_150 },
  { code: DEMO_VILLAGE_1, name: '振兴村', urbanRuralClass: '220', lat: 36.062, lng: 114.171, population: 2_860, households: 912 },
  { code: DEMO_VILLAGE_2, name: '李家庄村', urbanRuralClass: '220', lat: 36.071, lng: 114.196, population: 1_240, households: 402 },
  { code: '410599201201', name: '南岭村', urbanRuralClass: '220', lat: 35.951, lng: 114.322, population: 860, households: 281 },
  { code: '410599201202', name: '石门村', urbanRuralClass: '220', lat: 35.944, lng: 114.301, population: 1_530, households: 497 },
];
