import { and, eq, inArray } from 'drizzle-orm';
import { can, grantsAllowing } from '../../../domain/access/policy.ts';
import { monthsOf } from '../../../domain/insights/periods.ts';
import { ancestorsOf } from '../../../domain/region/regionCode.ts';
import { shanghaiDate } from '../../../domain/time/shanghai.ts';
import { insightRollups, regions, ROLLUP_METRICS } from '../../db/schema/index.ts';
import { requireActor, type Ctx } from '../../platform/context.ts';
import { notFound } from '../../platform/errors.ts';
import { withinRegion } from '../../platform/scope.ts';
import { rollupRows, type Rollup } from './rollupRows.ts';
import type { OverviewView } from './views.ts';

const PERMISSION = 'evaluation.read' as const;

type Metrics = Record<string, number>;

/** A roll-up row's metrics that are not zero, by name (what the indicators read). */
export function metricsOfRow(row: Rollup): Metrics {
  const m: Metrics = {};
  for (const metric of ROLLUP_METRICS) if (row[metric] !== 0) m[metric] = row[metric];
  return m;
}

/** Roll-up rows as code → period → metrics. */
function byCode(rows: Rollup[]) {
  const out = new Map<string, Map<string, Metrics>>();
  for (const r of rows) {
    const byPeriod = out.get(r.regionCode) ?? new Map<string, Metrics>();
    byPeriod.set(r.period, metricsOfRow(r));
    out.set(r.regionCode, byPeriod);
  }
  return out;
}

/** Roll-up rows of some regions for some periods. */
export async function rollupsOf(ctx: Ctx, codes: string[], periods: string[]) {
  if (codes.length === 0) return byCode([]);
  return byCode(await rollupRows(ctx.db, inArray(insightRollups.regionCode, codes), periods));
}

/**
 * One period's roll-up rows of a whole subtree (a county's or township's villages for the map):
 * one range on the primary key's leading column instead of a probe per village.
 */
const rollupsWithin = async (ctx: Ctx, code: string, period: string) =>
  byCode(await rollupRows(ctx.db, withinRegion(insightRollups.regionCode, code), [period]));

/**
 * The region a dashboard reads (the caller's first region when none is asked) and its year (this
 * Shanghai year when none is asked); outside the caller's scope the region is not found.
 */
export async function dashboardRegion(
  ctx: Ctx,
  q: { region?: string | undefined; year?: string | undefined },
) {
  const actor = requireActor(ctx);
  const code = q.region ?? grantsAllowing(actor, PERMISSION)[0]?.regionCode;
  if (!code || !can(actor, PERMISSION, code)) throw notFound();
  const year = q.year ?? shanghaiDate(ctx.clock()).slice(0, 4);
  const [region] = await ctx.db.select().from(regions).where(eq(regions.code, code));
  if (!region) throw notFound();
  return { region, year };
}

/**
 * One region's dashboard: its year totals (and last year's, for growth), monthly trend, children and (for a county or township)
 * its villages, all read from the roll-ups (`summary`: totals and trend only, for the home page).
 * Outside the caller's scope the region is not found.
 */
export async function insightOverview(
  ctx: Ctx,
  q: { region?: string | undefined; year?: string | undefined; detail?: 'full' | 'summary' },
): Promise<OverviewView> {
  const actor = requireActor(ctx);
  const { region, year } = await dashboardRegion(ctx, q);
  const code = region.code;

  const pathCodes = ancestorsOf(code)
    .map((a) => a.code)
    .filter((c) => can(actor, PERMISSION, c));
  const placeColumns = {
    code: regions.code,
    name: regions.name,
    level: regions.level,
    lat: regions.lat,
    lng: regions.lng,
  };
  const summary = q.detail === 'summary';
  const mapped = !summary && (region.level === 'county' || region.level === 'township');
  const months = monthsOf(year);
  const lastYear = String(Number(year) - 1);
  // The reads do not depend on each other: sent together, they take one round trip's wait.
  const [pathRows, children, villages, own, within] = await Promise.all([
    ctx.db
      .select({ code: regions.code, name: regions.name })
      .from(regions)
      .where(inArray(regions.code, pathCodes))
      .orderBy(regions.code),
    summary
      ? []
      : ctx.db
          .select(placeColumns)
          .from(regions)
          .where(eq(regions.parentCode, code))
          .orderBy(regions.code),
    mapped
      ? ctx.db
          .select(placeColumns)
          .from(regions)
          .where(and(withinRegion(regions.code, code), eq(regions.level, 'village')))
          .orderBy(regions.code)
      : [],
    rollupsOf(ctx, [code], [year, lastYear, ...months]),
    // With the villages, the whole subtree's year rows in one range (children lie inside it too).
    mapped ? rollupsWithin(ctx, code, year) : null,
  ]);
  const placed =
    within ??
    (await rollupsOf(
      ctx,
      children.map((p) => p.code),
      [year],
    ));
  const withMetrics = (p: (typeof children)[number]) => ({
    ...p,
    metrics: placed.get(p.code)?.get(year) ?? {},
  });
  return {
    region: { code: region.code, name: region.name, level: region.level },
    year,
    path: pathRows,
    totals: own.get(code)?.get(year) ?? {},
    lastYearTotals: own.get(code)?.get(lastYear) ?? {},
    trend: months.map((month) => ({ month, metrics: own.get(code)?.get(month) ?? {} })),
    children: children.map(withMetrics),
    villages: villages.map(withMetrics),
  };
}
