import { and, desc, gte, lte, sql } from 'drizzle-orm';
import { INCOME_SOURCES, type IncomeSource } from '../../../domain/economy/kinds.ts';
import { growthPercent } from '../../../domain/economy/ledger.ts';
import { shanghaiDate } from '../../../domain/time/shanghai.ts';
import {
  economyContracts,
  economyDividendRuns,
  economyIncomeEntries,
  economyPayments,
  economyTrusteeshipItems,
  economyTrusteeshipServices,
  economyTrusteeshipSignUps,
  households,
  persons,
} from '../../db/schema/index.ts';
import type { Ctx } from '../../platform/context.ts';
import { withinRegion } from '../../platform/scope.ts';
import { reportRegion } from './regionOf.ts';
import type { LedgerView } from './views.ts';

/** Income posted in a region over a year, by month and source (regions with none are absent). */
export async function incomeOf(
  ctx: Pick<Ctx, 'db'>,
  regions: readonly string[],
  year: number,
): Promise<{ region: string; month: number; source: string; fen: number }[]> {
  if (regions.length === 0) return [];
  const rows = await ctx.db
    .select({
      region: economyIncomeEntries.regionCode,
      month: sql<number>`extract(month from ${economyIncomeEntries.postedOn})::int`,
      source: economyIncomeEntries.source,
      fen: sql<string>`sum(${economyIncomeEntries.amountFen})`,
    })
    .from(economyIncomeEntries)
    .where(
      and(
        sql`(${sql.join(
          regions.map((r) => withinRegion(economyIncomeEntries.regionCode, r)),
          sql` OR `,
        )})`,
        gte(economyIncomeEntries.postedOn, `${year}-01-01`),
        lte(economyIncomeEntries.postedOn, `${year}-12-31`),
      ),
    )
    .groupBy(
      economyIncomeEntries.regionCode,
      sql`extract(month from ${economyIncomeEntries.postedOn})`,
      economyIncomeEntries.source,
    );
  return rows.map((r) => ({ ...r, month: Number(r.month), fen: Number(r.fen) }));
}

/** The collective income ledger of a region for a year, against the year before. */
export async function ledger(ctx: Ctx, q: { region?: string; year?: number }): Promise<LedgerView> {
  const region = reportRegion(ctx, q.region);
  const year = q.year ?? Number(shanghaiDate(ctx.clock()).slice(0, 4));
  const now = await incomeOf(ctx, [region], year);
  const before = await incomeOf(ctx, [region], year - 1);
  const totalFen = now.reduce((n, r) => n + r.fen, 0);
  const lastYearFen = before.reduce((n, r) => n + r.fen, 0);
  const byMonth = Array.from({ length: 12 }, (_, i) =>
    now.filter((r) => r.month === i + 1).reduce((n, r) => n + r.fen, 0),
  );
  const entries = await ledgerEntries(ctx, region, year, 100);
  return {
    region,
    year,
    totalFen,
    lastYearFen,
    growthPercent: growthPercent(totalFen, lastYearFen),
    bySource: INCOME_SOURCES.map((source) => ({
      source,
      amountFen: now.filter((r) => r.source === source).reduce((n, r) => n + r.fen, 0),
    })),
    byMonth,
    entries,
  };
}

/** A region's ledger entries of a year, newest first, each named by the record it came from. */
export async function ledgerEntries(
  ctx: Pick<Ctx, 'db'>,
  region: string,
  year: number,
  limit?: number,
): Promise<LedgerView['entries']> {
  const rows = await ctx.db
    .select({
      id: economyIncomeEntries.id,
      village: economyIncomeEntries.regionCode,
      postedOn: economyIncomeEntries.postedOn,
      source: economyIncomeEntries.source,
      amountFen: economyIncomeEntries.amountFen,
      recordKind: economyIncomeEntries.recordKind,
      recordId: economyIncomeEntries.recordId,
      lessee: economyContracts.lessee,
      payer: economyDividendRuns.payer,
      runYear: economyDividendRuns.year,
      servedFor: persons.name,
      serviceItem: economyTrusteeshipItems.name,
      serviceArea: economyTrusteeshipServices.areaHundredths,
    })
    .from(economyIncomeEntries)
    .leftJoin(economyPayments, sql`${economyPayments.id} = ${economyIncomeEntries.recordId}`)
    .leftJoin(economyContracts, sql`${economyContracts.id} = ${economyPayments.contractId}`)
    .leftJoin(
      economyDividendRuns,
      sql`${economyDividendRuns.id} = ${economyIncomeEntries.recordId}`,
    )
    // a 托管 service record (and its reversal) names the household, the item and the 亩
    .leftJoin(
      economyTrusteeshipServices,
      sql`${economyTrusteeshipServices.id} = ${economyIncomeEntries.recordId}`,
    )
    .leftJoin(
      economyTrusteeshipItems,
      sql`${economyTrusteeshipItems.id} = ${economyTrusteeshipServices.itemId}`,
    )
    .leftJoin(
      economyTrusteeshipSignUps,
      sql`${economyTrusteeshipSignUps.id} = ${economyTrusteeshipServices.signUpId}`,
    )
    .leftJoin(households, sql`${households.id} = ${economyTrusteeshipSignUps.householdId}`)
    .leftJoin(persons, sql`${persons.id} = ${households.headId}`)
    .where(
      and(
        withinRegion(economyIncomeEntries.regionCode, region),
        gte(economyIncomeEntries.postedOn, `${year}-01-01`),
        lte(economyIncomeEntries.postedOn, `${year}-12-31`),
      ),
    )
    .orderBy(desc(economyIncomeEntries.postedOn), desc(economyIncomeEntries.id))
    .limit(limit ?? Number.MAX_SAFE_INTEGER);
  return rows.map((e) => ({
    id: e.id,
    village: e.village,
    postedOn: e.postedOn,
    source: e.source as IncomeSource,
    amountFen: e.amountFen,
    recordKind: e.recordKind,
    recordId: e.recordId,
    label: entryLabel(e),
  }));
}

/** Where a ledger entry came from, in words (the record it links to by kind and id). */
function entryLabel(e: {
  recordKind: string;
  lessee: string | null;
  payer: string | null;
  runYear: number | null;
  servedFor: string | null;
  serviceItem: string | null;
  serviceArea: number | null;
}): string {
  if (e.lessee) return `${e.lessee} 缴纳承包费`;
  if (e.payer) return `${e.payer} ${e.runYear ?? ''} 年度分红（集体所得）`;
  if (e.serviceItem) {
    const line = `${e.servedFor ?? ''} 托管服务：${e.serviceItem} ${(e.serviceArea ?? 0) / 100} 亩`;
    return e.recordKind.endsWith('Void') ? `冲销（记录作废）：${line}` : line;
  }
  return e.recordKind;
}
