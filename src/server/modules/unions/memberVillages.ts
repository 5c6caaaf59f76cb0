import { and, eq, inArray } from 'drizzle-orm';
import { isWithinScope } from '../../../domain/region/regionCode.ts';
import { regions } from '../../db/schema/index.ts';
import type { Ctx } from '../../platform/context.ts';
import { validationError } from '../../platform/errors.ts';

/**
 * Every code must be a village (村, codes x200 and up: communities do not join unions, as in the
 * planner) inside the union's region, else 400 naming the strays.
 */
export async function checkVillages(
  ctx: Ctx,
  unionRegion: string,
  codes: readonly string[],
  path: string,
): Promise<void> {
  const found = await ctx.db
    .select({ code: regions.code })
    .from(regions)
    .where(and(inArray(regions.code, [...codes]), eq(regions.level, 'village')));
  const known = new Set(found.map((f) => f.code));
  const strays = codes.filter(
    (c) => !known.has(c) || !isWithinScope(c, unionRegion) || c.slice(9) < '200',
  );
  if (strays.length > 0)
    throw validationError([
      { path, message: `not a village of ${unionRegion}: ${strays.join(', ')}` },
    ]);
}

/** Village names by code, for views. */
export async function villageNames(
  ctx: Ctx,
  codes: readonly string[],
): Promise<Map<string, string>> {
  if (codes.length === 0) return new Map();
  const rows = await ctx.db
    .select({ code: regions.code, name: regions.name })
    .from(regions)
    .where(inArray(regions.code, [...codes]));
  return new Map(rows.map((r) => [r.code, r.name]));
}
