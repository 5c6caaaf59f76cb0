import { eq } from 'drizzle-orm';
import type { PgSelectBuilder, SelectedFields } from 'drizzle-orm/pg-core';
import type { TwoInnerJoins } from '../../db/joinedSelect.ts';
import { pairings, regions, units } from '../../db/schema/index.ts';

/**
 * 结对共建 with the unit and the village (`regions`) of each pairing. Pass the select
 * (`ctx.db.select({…})`) and go on with `where`, `orderBy`.
 */
export function fromPairings<T extends SelectedFields>(
  select: PgSelectBuilder<T>,
): TwoInnerJoins<'pairings', T, typeof units, typeof regions> {
  return (select as unknown as PgSelectBuilder<SelectedFields>)
    .from(pairings)
    .innerJoin(units, eq(units.id, pairings.unitId))
    .innerJoin(regions, eq(regions.code, pairings.villageCode)) as never;
}
