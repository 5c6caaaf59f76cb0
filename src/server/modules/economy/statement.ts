import { and, asc, eq, gte, inArray, lte, sql } from 'drizzle-orm';
import { labelOf } from '../../../domain/directory/vocabulary.ts';
import { INCOME_SOURCES } from '../../../domain/economy/kinds.ts';
import { growthPercent, yuanText } from '../../../domain/economy/ledger.ts';
import { INCOME_SOURCE_TERMS } from '../../../domain/economy/vocabulary.ts';
import { parseRegionCode } from '../../../domain/region/regionCode.ts';
import { shanghaiDate } from '../../../domain/time/shanghai.ts';
import { buildDocx } from '../../documents/renderer.ts';
import type { DocxBlock } from '../../documents/spec.ts';
import {
  economyContracts,
  economyDividendRuns,
  economyDividendShares,
  economyPayments,
  economyTrusteeshipServices,
  economyTrusteeshipSignUps,
} from '../../db/schema/index.ts';
import { requireActor, type Ctx } from '../../platform/context.ts';
import { notFound } from '../../platform/errors.ts';
import { contractViews } from './contractViews.ts';
import { regionNames } from './exports.ts';
import { incomeOf } from './ledger.ts';
import { mayReadEconomy } from './policy.ts';

// 村集体经济财务报表 (issue 13 part 8): one village's year as a .docx — income by source and month
// from the ledger against last year, its contracts and what was paid on them, the dividends it
// published, and 托管 households and area. Every figure is summed from the records here; nothing
// is typed for the report.

const signed = (fen: number) => (fen > 0 ? `+${yuanText(fen)}` : yuanText(fen));
const mu = (hundredths: number) => (hundredths / 100).toFixed(2);

/** The figures of the statement, from the records (exported for the test that checks them). */
export async function statementFigures(ctx: Ctx, village: string, year: number) {
  const parsed = parseRegionCode(village);
  if (!parsed.ok || parsed.info.level !== 'village' || !mayReadEconomy(requireActor(ctx), village))
    throw notFound();
  const now = await incomeOf(ctx, [village], year);
  const before = await incomeOf(ctx, [village], year - 1);
  const sum = (rows: typeof now, month: number | null, source: string | null) =>
    rows
      .filter(
        (r) => (month === null || r.month === month) && (source === null || r.source === source),
      )
      .reduce((n, r) => n + r.fen, 0);
  const months = Array.from({ length: 12 }, (_, i) => i + 1);
  const bySource = INCOME_SOURCES.map((source) => ({
    source,
    fen: sum(now, null, source),
    lastYearFen: sum(before, null, source),
  }));
  const byMonth = months.map((month) => ({
    month,
    fen: sum(now, month, null),
    lastYearFen: sum(before, month, null),
  }));

  const contractRows = await ctx.db
    .select()
    .from(economyContracts)
    .where(eq(economyContracts.regionCode, village))
    .orderBy(asc(economyContracts.startsOn), asc(economyContracts.id));
  const paidInYear = await ctx.db
    .select({
      contractId: economyPayments.contractId,
      fen: sql<string>`sum(${economyPayments.amountFen})`,
      n: sql<string>`count(*)`,
    })
    .from(economyPayments)
    .where(
      and(
        eq(economyPayments.regionCode, village),
        gte(economyPayments.paidOn, `${year}-01-01`),
        lte(economyPayments.paidOn, `${year}-12-31`),
      ),
    )
    .groupBy(economyPayments.contractId);
  const paid = new Map(paidInYear.map((p) => [p.contractId, Number(p.fen)]));
  const views = await contractViews(ctx, contractRows);
  // the contracts in force some day of the year, or paid on in it
  const contracts = views
    .filter((c) => paid.has(c.id) || (c.startsOn <= `${year}-12-31` && c.endsOn >= `${year}-01-01`))
    .map((c) => ({ ...c, paidInYearFen: paid.get(c.id) ?? 0 }));

  const runs = await ctx.db
    .select()
    .from(economyDividendRuns)
    .where(
      and(
        eq(economyDividendRuns.regionCode, village),
        eq(economyDividendRuns.status, 'published'),
        sql`extract(year from (${economyDividendRuns.publishedAt} at time zone 'Asia/Shanghai')) = ${year}`,
      ),
    )
    .orderBy(asc(economyDividendRuns.publishedAt), asc(economyDividendRuns.id));
  const shareCounts =
    runs.length === 0
      ? []
      : await ctx.db
          .select({ runId: economyDividendShares.runId, n: sql<string>`count(*)` })
          .from(economyDividendShares)
          .where(
            inArray(
              economyDividendShares.runId,
              runs.map((r) => r.id),
            ),
          )
          .groupBy(economyDividendShares.runId);
  const householdsOf = new Map(shareCounts.map((s) => [s.runId, Number(s.n)]));

  const signUps = await ctx.db
    .select({
      households: sql<string>`count(distinct ${economyTrusteeshipSignUps.householdId})`,
      area: sql<string>`coalesce(sum(${economyTrusteeshipSignUps.areaHundredths}), 0)`,
    })
    .from(economyTrusteeshipSignUps)
    .where(
      and(
        eq(economyTrusteeshipSignUps.regionCode, village),
        eq(economyTrusteeshipSignUps.year, year),
        eq(economyTrusteeshipSignUps.status, 'active'),
      ),
    );
  const services = await ctx.db
    .select({
      n: sql<string>`count(*)`,
      area: sql<string>`coalesce(sum(${economyTrusteeshipServices.areaHundredths}), 0)`,
      fen: sql<string>`coalesce(sum(${economyTrusteeshipServices.feeFen}), 0)`,
    })
    .from(economyTrusteeshipServices)
    .where(
      and(
        eq(economyTrusteeshipServices.regionCode, village),
        eq(economyTrusteeshipServices.status, 'recorded'),
        gte(economyTrusteeshipServices.servedOn, `${year}-01-01`),
        lte(economyTrusteeshipServices.servedOn, `${year}-12-31`),
      ),
    );
  return {
    village,
    year,
    totalFen: sum(now, null, null),
    lastYearFen: sum(before, null, null),
    bySource,
    byMonth,
    contracts,
    dividends: runs.map((r) => ({
      payer: r.payer,
      year: r.year,
      distributableFen: r.distributableFen,
      collectiveFen: r.collectiveFen,
      welfareFen: r.welfareFen,
      householdsFen: r.householdsFen,
      households: householdsOf.get(r.id) ?? 0,
    })),
    trusteeship: {
      households: Number(signUps[0]?.households ?? 0),
      areaHundredths: Number(signUps[0]?.area ?? 0),
      services: Number(services[0]?.n ?? 0),
      servedHundredths: Number(services[0]?.area ?? 0),
      feeFen: Number(services[0]?.fen ?? 0),
    },
  };
}

/** The village finance statement of a year as .docx (404 when the village's books are not read). */
export async function villageStatement(
  ctx: Ctx,
  village: string,
  year: number,
): Promise<{ name: string; data: Buffer }> {
  const f = await statementFigures(ctx, village, year);
  const name = (await regionNames(ctx, [village]))(village);
  const growth = growthPercent(f.totalFen, f.lastYearFen);
  const contractPaidFen = f.contracts.reduce((n, c) => n + c.paidInYearFen, 0);
  const row = (label: string, fen: number, lastYearFen: number) => [
    label,
    yuanText(fen),
    yuanText(lastYearFen),
    signed(fen - lastYearFen),
  ];
  const blocks: DocxBlock[] = [
    { kind: 'title', text: `${name}${year}年度村集体经济财务报表` },
    {
      kind: 'paragraph',
      text: `村（社区）：${name}（${village}）；报告期：${year}年1月1日至12月31日；编制日期：${shanghaiDate(ctx.clock())}。金额单位：元。本表各项数字均由系统按收入台账、合同、缴费、分红和托管记录汇总，未另行填报。`,
    },
    { kind: 'heading', text: '一、集体经济收入' },
    {
      kind: 'paragraph',
      text:
        `${year}年集体经济收入合计 ${yuanText(f.totalFen)} 元，上年 ${yuanText(f.lastYearFen)} 元，` +
        `增加 ${signed(f.totalFen - f.lastYearFen)} 元` +
        (growth === null ? '（上年无收入记录，不计增幅）。' : `，增幅 ${growth}%。`),
    },
    {
      kind: 'table',
      header: ['收入来源', `${year}年`, `${year - 1}年`, '增减'],
      rows: [
        ...f.bySource.map((s) => row(labelOf(INCOME_SOURCE_TERMS, s.source), s.fen, s.lastYearFen)),
        row('合计', f.totalFen, f.lastYearFen),
      ],
    },
    { kind: 'heading', text: '二、分月收入' },
    {
      kind: 'table',
      header: ['月份', `${year}年`, `${year - 1}年`, '增减'],
      rows: [
        ...f.byMonth.map((m) => row(`${m.month}月`, m.fen, m.lastYearFen)),
        row('全年', f.totalFen, f.lastYearFen),
      ],
    },
    { kind: 'heading', text: '三、合同及收款' },
    {
      kind: 'paragraph',
      text: `本年在履行或有收款的合同 ${f.contracts.length} 份，本年收取承包费 ${yuanText(contractPaidFen)} 元。`,
    },
    {
      kind: 'table',
      header: ['承包方', '资产', '面积（亩）', '年承包费', '期限', '本年收款', '累计已缴', '欠缴'],
      rows: f.contracts.map((c) => [
        c.lessee,
        c.assetName,
        c.area.toFixed(2),
        yuanText(c.annualFeeFen),
        `${c.startsOn}至${c.endsOn}`,
        yuanText(c.paidInYearFen),
        yuanText(c.paidFen),
        yuanText(c.arrearsFen),
      ]),
    },
    { kind: 'heading', text: '四、分红' },
    {
      kind: 'paragraph',
      text:
        f.dividends.length === 0
          ? `${year}年没有公开的分红。`
          : `${year}年公开分红 ${f.dividends.length} 次，向农户分红 ${yuanText(
              f.dividends.reduce((n, d) => n + d.householdsFen, 0),
            )} 元，集体所得 ${yuanText(
              f.dividends.reduce((n, d) => n + d.collectiveFen + d.welfareFen, 0),
            )} 元（含福利及大病救助金）记入集体收入。`,
    },
    ...(f.dividends.length === 0
      ? []
      : [
          {
            kind: 'table' as const,
            header: [
              '分红单位',
              '收益年度',
              '可分配收益',
              '集体所得',
              '福利及救助金',
              '农户分红',
              '户数',
            ],
            rows: f.dividends.map((d) => [
              d.payer,
              String(d.year),
              yuanText(d.distributableFen),
              yuanText(d.collectiveFen),
              yuanText(d.welfareFen),
              yuanText(d.householdsFen),
              String(d.households),
            ]),
          },
        ]),
    { kind: 'heading', text: '五、农业托管' },
    {
      kind: 'paragraph',
      text: `${year}年托管签约 ${f.trusteeship.households} 户、${mu(f.trusteeship.areaHundredths)} 亩；完成托管服务 ${f.trusteeship.services} 次、${mu(f.trusteeship.servedHundredths)} 亩，服务收入 ${yuanText(f.trusteeship.feeFen)} 元。`,
    },
  ];
  return { name: `${name}${year}年度村集体经济财务报表.docx`, data: await buildDocx({ blocks }) };
}
