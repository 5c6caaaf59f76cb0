import { asc } from 'drizzle-orm';
import { shanghaiDate } from '../../../domain/time/shanghai.ts';
import { economyContracts } from '../../db/schema/index.ts';
import type { Ctx } from '../../platform/context.ts';
import { withinRegion } from '../../platform/scope.ts';
import { contractViews } from './contractViews.ts';
import { reportRegion } from './regionOf.ts';
import type { CleanupView } from './views.ts';

/**
 * 清化收 for a region (a village, township or the county): the contracts flagged today, counts by
 * flag, and the contracts cleaned with the income they added, per village.
 */
export async function cleanupReport(ctx: Ctx, asked: string | undefined): Promise<CleanupView> {
  const region = reportRegion(ctx, asked);
  const rows = await ctx.db
    .select()
    .from(economyContracts)
    .where(withinRegion(economyContracts.regionCode, region))
    .orderBy(
      asc(economyContracts.regionCode),
      asc(economyContracts.startsOn),
      asc(economyContracts.id),
    );
  const views = await contractViews(ctx, rows);
  const flagged = views.filter((v) => v.findings.length > 0);
  const cleaned = views.filter((v) => v.outcome !== null);
  const tally = (keys: string[]) =>
    keys.reduce<Record<string, number>>((n, k) => ({ ...n, [k]: (n[k] ?? 0) + 1 }), {});
  const villages = [...new Set(views.map((v) => v.village))].map((village) => {
    const mine = views.filter((v) => v.village === village);
    return {
      village,
      contracts: mine.length,
      flagged: mine.filter((v) => v.findings.length > 0).length,
      cleaned: mine.filter((v) => v.outcome !== null).length,
      incomeAddedFen: mine.reduce((n, v) => n + (v.outcome?.incomeAddedFen ?? 0), 0),
    };
  });
  return {
    region,
    asOf: shanghaiDate(ctx.clock()),
    contracts: views.length,
    flagged,
    byCode: tally(flagged.flatMap((v) => v.findings.map((f) => f.code))),
    cleaned: cleaned.length,
    byOutcome: tally(cleaned.flatMap((v) => (v.outcome ? [v.outcome.outcome] : []))),
    incomeAddedFen: cleaned.reduce((n, v) => n + (v.outcome?.incomeAddedFen ?? 0), 0),
    villages,
  };
}
