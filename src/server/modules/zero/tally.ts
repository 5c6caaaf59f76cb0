import { and, sql } from 'drizzle-orm';
import { noEvents, type ZeroCounts, type ZeroEventKind } from '../../../domain/zero/events.ts';
import { zeroEvents } from '../../db/schema/index.ts';
import type { Ctx } from '../../platform/context.ts';
import { withinRegion } from '../../platform/scope.ts';

/** The subject key of a village (`village:<code>`) or a unit (`unit:<id>`). */
export const subjectKey = (regionCode: string, unitId: string | null | undefined) =>
  unitId ? `unit:${unitId}` : `village:${regionCode}`;

/**
 * A year's recorded events by subject: a village counts every event in it (its units' too), a unit
 * its own. Keys as `subjectKey`.
 */
export async function zeroTally(
  ctx: Ctx,
  region: string,
  year: number,
  scope?: ReturnType<typeof sql>,
): Promise<Map<string, ZeroCounts>> {
  const rows = await ctx.db
    .select({
      region: zeroEvents.regionCode,
      unit: zeroEvents.unitId,
      kind: zeroEvents.kind,
      n: sql<number>`count(*)::int`,
    })
    .from(zeroEvents)
    .where(
      and(
        withinRegion(zeroEvents.regionCode, region),
        sql`${zeroEvents.occurredOn} BETWEEN ${`${year}-01-01`} AND ${`${year}-12-31`}`,
        scope,
      ),
    )
    .groupBy(zeroEvents.regionCode, zeroEvents.unitId, zeroEvents.kind);
  const out = new Map<string, ZeroCounts>();
  const add = (key: string, kind: ZeroEventKind, n: number) => {
    const c = out.get(key) ?? noEvents();
    c[kind] += n;
    out.set(key, c);
  };
  for (const r of rows) {
    add(subjectKey(r.region, null), r.kind as ZeroEventKind, Number(r.n));
    if (r.unit) add(subjectKey(r.region, r.unit), r.kind as ZeroEventKind, Number(r.n));
  }
  return out;
}
