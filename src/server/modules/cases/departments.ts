import { asc, eq } from 'drizzle-orm';
import { units } from '../../db/schema/index.ts';
import type { Ctx } from '../../platform/context.ts';
import { loadVisible, me } from './access.ts';

/**
 * The units of a case's own county: who an opinion or a request may be given to (交办部门). A village
 * cadre's directory scope stops at the village, so the list comes with the case, not the directory.
 */
export async function caseDepartments(ctx: Ctx, id: string) {
  const row = await loadVisible(ctx, await me(ctx), id);
  const items = await ctx.db
    .select({ id: units.id, name: units.name, kind: units.kind })
    .from(units)
    .where(eq(units.countyCode, row.countyCode))
    .orderBy(asc(units.name));
  return { items };
}
