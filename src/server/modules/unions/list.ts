import { asc, inArray, sql } from 'drizzle-orm';
import { unions, unionVillages } from '../../db/schema/index.ts';
import { requireActor, type Ctx } from '../../platform/context.ts';
import { withinRegion } from '../../platform/scope.ts';
import { getRegion } from '../regions/service.ts';
import { unionsVisible } from './access.ts';
import { summarize } from './detail.ts';
import type { UnionSummary } from './views.ts';

/** The unions the caller reads, by name; with `region`, only those with a village inside it. */
export async function listUnions(
  ctx: Ctx,
  region: string | undefined,
): Promise<{ items: UnionSummary[] }> {
  if (region) await getRegion(ctx, region, 'directory.read'); // 404 outside the caller's scope
  const inRegion = region
    ? sql`EXISTS (SELECT 1 FROM ${unionVillages} r WHERE r.union_id = ${unions.id} AND ${withinRegion(sql`r.region_code`, region)})`
    : undefined;
  const rows = await ctx.db
    .select()
    .from(unions)
    .where(unionsVisible(requireActor(ctx), inRegion))
    .orderBy(asc(unions.name), asc(unions.id));
  if (rows.length === 0) return { items: [] };
  const members = await ctx.db
    .select({ unionId: unionVillages.unionId, code: unionVillages.villageCode })
    .from(unionVillages)
    .where(
      inArray(
        unionVillages.unionId,
        rows.map((r) => r.id),
      ),
    )
    .orderBy(asc(unionVillages.villageCode));
  const items: UnionSummary[] = [];
  for (const row of rows) {
    const codes = members.filter((m) => m.unionId === row.id).map((m) => m.code);
    const villages = [row.leadCode, ...codes.filter((c) => c !== row.leadCode)];
    items.push(await summarize(ctx, { row, villages }));
  }
  return { items };
}
