import type { SchemeDefinition } from '../scheme.ts';
import { fiveStarBranchCommunity, fiveStarBranchRural } from './fiveStarBranch.ts';
import {
  eightHaves,
  fiveHaves,
  secretaryStars,
  stationFiveItems,
  threeZeros,
  topTenFamilies,
  topTenSelections,
} from './others.ts';
import { tenStarHousehold } from './tenStarHousehold.ts';

/** The seed mechanisms as presets (DESIGN.md §4), loaded into the database on first start. */
export const PRESET_SCHEMES: readonly SchemeDefinition[] = [
  fiveStarBranchRural,
  fiveStarBranchCommunity,
  tenStarHousehold,
  topTenSelections,
  topTenFamilies,
  stationFiveItems,
  secretaryStars,
  fiveHaves,
  eightHaves,
  threeZeros,
];
