import { and, eq } from 'drizzle-orm';
import { units } from '../../db/schema/index.ts';
import type { Ctx } from '../../platform/context.ts';
import { validationError } from '../../platform/errors.ts';

/** A 三零 record's unit must lie in its region; any other (or none) is a 400 naming the field. */
export async function requireUnitInRegion(
  ctx: Ctx,
  unitId: string | undefined,
  regionCode: string,
): Promise<void> {
  if (!unitId) return;
  const [unit] = await ctx.db
    .select({ id: units.id })
    .from(units)
    .where(and(eq(units.id, unitId), eq(units.regionCode, regionCode)));
  if (!unit)
    throw validationError([{ path: 'body.unitId', message: 'no such unit in the region' }]);
}
