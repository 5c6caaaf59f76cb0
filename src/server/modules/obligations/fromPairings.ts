import { eq } from 'drizzle-orm';
import { twoInnerJoins } from '../../db/joinedSelect.ts';
import { pairings, regions, units } from '../../db/schema/index.ts';

/** 结对共建 with the unit and the village (`regions`) of each pairing. */
export const fromPairings = twoInnerJoins(
  pairings,
  units,
  eq(units.id, pairings.unitId),
  regions,
  eq(regions.code, pairings.villageCode),
);
