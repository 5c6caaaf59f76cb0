import { FIVE_STAR_BRANCH_NAMES } from './fiveStarBranch.ts';
import { OTHER_PRESET_NAMES } from './others.ts';
import { TEN_STAR_HOUSEHOLD_NAMES } from './tenStarHousehold.ts';

/** A preset's Chinese text, word for word → its traditional Chinese and English. */
export type PresetNames = Readonly<Record<string, readonly [zhTW: string, en: string]>>;

export const PRESET_NAMES: PresetNames = {
  ...FIVE_STAR_BRANCH_NAMES,
  ...TEN_STAR_HOUSEHOLD_NAMES,
  ...OTHER_PRESET_NAMES,
};
