import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { POSITIONS } from '../../../domain/directory/positions.ts';
import { labelOf, type VocabularyEntry } from '../../../domain/directory/vocabulary.ts';
import {
  ASSET_CLASS_TERMS,
  ASSET_KIND_TERMS,
  ASSET_STATUS_TERMS,
  CONTRACT_STATUS_TERMS,
  FINDING_TERMS,
  INCOME_SOURCE_TERMS,
  OUTCOME_TERMS,
  SCHEDULE_TERMS,
} from '../../../domain/economy/vocabulary.ts';
import { INCOME_SOURCES } from '../../../domain/economy/kinds.ts';
import { shanghaiDate } from '../../../domain/time/shanghai.ts';
import type { CellValue } from '../../../domain/directory/exchange/cells.ts';
import { buildXlsx } from '../../documents/renderer.ts';
import type { ColumnSpec, SheetSpec } from '../../documents/spec.ts';
import {
  economyAssets,
  economyCadreRewards,
  economyContracts,
  grids,
  regions,
} from '../../db/schema/index.ts';
import { requireActor, type Ctx } from '../../platform/context.ts';
import { assetViews } from './assets.ts';
import { rewardShares } from './cadreRewards.ts';
import { cleanupReport } from './cleanup.ts';
import { contractViews } from './contractViews.ts';
import { incomeOf, ledgerEntries } from './ledger.ts';
import { visibleEconomyIn } from './policy.ts';
import { reportRegion } from './regionOf.ts';
import type { ContractView } from './views.ts';

// .xlsx exports of the economy's lists (issue 13 part 8): what the page lists, scope-limited the
// same way, with village names for codes, labels for codes, and 元 with two decimals from whole 分
// (numbers, so the sheet still sums). Built by the documents renderer like every other export.

export const ECONOMY_EXPORTS = ['assets', 'contracts', 'cleanup', 'ledger', 'rewards'] as const;
export type EconomyExport = (typeof ECONOMY_EXPORTS)[number];

export interface XlsxFile {
  name: string;
  data: Buffer;
}

/** 分 as a number of 元 (shown with two decimals by the column's format). */
export const yuanCell = (fen: number): number => fen / 100;
export const YUAN_FORMAT = '#,##0.00';

const col = (header: string, width = 14): ColumnSpec => ({ header, width });
const money = (header: string, width = 16): ColumnSpec => ({
  header,
  width,
  numFmt: YUAN_FORMAT,
});
const label = (entries: readonly VocabularyEntry[], code: string) => labelOf(entries, code);

/** A sheet's rows: those the caller reads, within the asked region (read by them, else 404). */
const inReport = (ctx: Ctx, regionColumn: AnyPgColumn, region: string | undefined) =>
  visibleEconomyIn(requireActor(ctx), regionColumn, region && reportRegion(ctx, region));

/** Region names by code (a code not found stays the code). */
export async function regionNames(
  ctx: Pick<Ctx, 'db'>,
  codes: Iterable<string>,
): Promise<(code: string) => string> {
  const list = [...new Set(codes)];
  const rows =
    list.length === 0
      ? []
      : await ctx.db
          .select({ code: regions.code, name: regions.name })
          .from(regions)
          .where(inArray(regions.code, list));
  const names = new Map(rows.map((r) => [r.code, r.name]));
  return (code) => names.get(code) ?? code;
}

async function assetsSheet(ctx: Ctx, region: string | undefined): Promise<SheetSpec> {
  const rows = await ctx.db
    .select()
    .from(economyAssets)
    .where(inReport(ctx, economyAssets.regionCode, region))
    .orderBy(asc(economyAssets.regionCode), asc(economyAssets.name), asc(economyAssets.id));
  const views = await assetViews(ctx, rows);
  const name = await regionNames(
    ctx,
    views.map((v) => v.village),
  );
  const gridIds = views.flatMap((v) => (v.gridId ? [v.gridId] : []));
  const gridRows =
    gridIds.length === 0
      ? []
      : await ctx.db
          .select({ id: grids.id, name: grids.name })
          .from(grids)
          .where(inArray(grids.id, gridIds));
  const gridName = new Map(gridRows.map((g) => [g.id, g.name]));
  return {
    name: '三资台账',
    columns: [
      col('村'),
      col('资产名称', 20),
      col('三资类别', 10),
      col('资产种类', 10),
      { header: '面积（亩）', width: 12, numFmt: '0.00' },
      col('坐落位置', 24),
      col('网格/村民小组'),
      col('状态', 10),
      money('账面价值（元）'),
      col('估值日期', 12),
    ],
    rows: views.map((a) => [
      name(a.village),
      a.name,
      label(ASSET_KIND_TERMS, a.kind),
      label(ASSET_CLASS_TERMS, a.assetClass),
      a.area,
      a.location,
      a.gridId ? (gridName.get(a.gridId) ?? '') : '',
      label(ASSET_STATUS_TERMS, a.status),
      a.valueFen === null ? null : yuanCell(a.valueFen),
      a.valuations[0]?.valuedOn ?? '',
    ]),
  };
}

const findingsText = (c: ContractView) =>
  c.findings.map((f) => label(FINDING_TERMS, f.code)).join('、');

const CONTRACT_COLUMNS: ColumnSpec[] = [
  col('村'),
  col('承包方', 16),
  col('资产', 18),
  col('资产种类', 10),
  { header: '面积（亩）', width: 12, numFmt: '0.00' },
  money('单价（元/亩/年）'),
  money('年承包费（元）'),
  col('起始日期', 12),
  col('到期日期', 12),
  col('缴费方式', 10),
  col('状态', 10),
  money('应缴（元）'),
  money('已缴（元）'),
  money('欠缴（元）'),
  col('清化收问题', 24),
  col('清理结果', 10),
  money('清理新增收入（元/年）', 20),
];

const contractRow = (name: (code: string) => string, c: ContractView): CellValue[] => [
  name(c.village),
  c.lessee,
  c.assetName,
  label(ASSET_CLASS_TERMS, c.assetClass),
  c.area,
  yuanCell(c.pricePerMuFen),
  yuanCell(c.annualFeeFen),
  c.startsOn,
  c.endsOn,
  label(SCHEDULE_TERMS, c.schedule),
  label(CONTRACT_STATUS_TERMS, c.status),
  yuanCell(c.dueFen),
  yuanCell(c.paidFen),
  yuanCell(c.arrearsFen),
  findingsText(c),
  c.outcome ? label(OUTCOME_TERMS, c.outcome.outcome) : '',
  c.outcome ? yuanCell(c.outcome.incomeAddedFen) : null,
];

async function contractsSheet(ctx: Ctx, region: string | undefined): Promise<SheetSpec> {
  const rows = await ctx.db
    .select()
    .from(economyContracts)
    .where(inReport(ctx, economyContracts.regionCode, region))
    .orderBy(
      asc(economyContracts.regionCode),
      asc(economyContracts.assetId),
      asc(economyContracts.startsOn),
      asc(economyContracts.id),
    );
  const views = await contractViews(ctx, rows);
  const name = await regionNames(
    ctx,
    views.map((v) => v.village),
  );
  return {
    name: '合同台账',
    columns: CONTRACT_COLUMNS,
    rows: views.map((c) => contractRow(name, c)),
  };
}

async function cleanupSheets(ctx: Ctx, region: string | undefined): Promise<SheetSpec[]> {
  const report = await cleanupReport(ctx, region);
  const name = await regionNames(ctx, [
    report.region,
    ...report.villages.map((v) => v.village),
    ...report.flagged.map((c) => c.village),
  ]);
  return [
    {
      name: '清化收问题合同',
      columns: [...CONTRACT_COLUMNS, col('问题说明', 40)],
      rows: report.flagged.map((c) => [
        ...contractRow(name, c),
        c.findings.map((f) => f.detail).join('；'),
      ]),
    },
    {
      name: '各村汇总',
      columns: [
        col('村'),
        col('合同总数', 10),
        col('存在问题', 10),
        col('已清理', 10),
        money('清理新增收入（元/年）', 20),
      ],
      rows: [
        ...report.villages.map((v) => [
          name(v.village),
          v.contracts,
          v.flagged,
          v.cleaned,
          yuanCell(v.incomeAddedFen),
        ]),
        [
          `合计（${name(report.region)}，截至 ${report.asOf}）`,
          report.contracts,
          report.flagged.length,
          report.cleaned,
          yuanCell(report.incomeAddedFen),
        ],
      ],
    },
  ];
}

async function ledgerSheets(
  ctx: Ctx,
  asked: string | undefined,
  year: number,
): Promise<SheetSpec[]> {
  const region = reportRegion(ctx, asked);
  const entries = await ledgerEntries(ctx, region, year);
  const income = await incomeOf(ctx, [region], year);
  const name = await regionNames(ctx, [region, ...entries.map((e) => e.village)]);
  const sum = (month: number | null, source: string | null) =>
    income
      .filter(
        (r) => (month === null || r.month === month) && (source === null || r.source === source),
      )
      .reduce((n, r) => n + r.fen, 0);
  const months = Array.from({ length: 12 }, (_, i) => i + 1);
  return [
    {
      name: '收入明细',
      columns: [
        col('村'),
        col('入账日期', 12),
        col('来源', 12),
        col('事项', 40),
        money('金额（元）'),
      ],
      rows: entries.map((e) => [
        name(e.village),
        e.postedOn,
        label(INCOME_SOURCE_TERMS, e.source),
        e.label,
        yuanCell(e.amountFen),
      ]),
    },
    {
      name: '按月按来源',
      columns: [
        col(`${name(region)} ${year} 年`, 18),
        ...INCOME_SOURCES.map((s) => money(`${label(INCOME_SOURCE_TERMS, s)}（元）`)),
        money('合计（元）'),
      ],
      rows: [
        ...months.map((m) => [
          `${m} 月`,
          ...INCOME_SOURCES.map((s) => yuanCell(sum(m, s))),
          yuanCell(sum(m, null)),
        ]),
        ['全年', ...INCOME_SOURCES.map((s) => yuanCell(sum(null, s))), yuanCell(sum(null, null))],
      ],
    },
  ];
}

const REWARD_STATUS: Record<string, string> = {
  proposed: '待审批',
  approved: '已批准',
  rejected: '已退回',
};

/**
 * 干部奖励: the rewards the tab lists (the year's, when asked) — each with the books it stood on
 * and the township's decision — and every cadre's amount, which sum to the reward's total.
 */
async function rewardSheets(
  ctx: Ctx,
  region: string | undefined,
  year: number | undefined,
): Promise<SheetSpec[]> {
  const rows = await ctx.db
    .select()
    .from(economyCadreRewards)
    .where(
      and(
        inReport(ctx, economyCadreRewards.regionCode, region),
        year === undefined ? undefined : eq(economyCadreRewards.year, year),
      ),
    )
    .orderBy(
      desc(economyCadreRewards.year),
      asc(economyCadreRewards.regionCode),
      asc(economyCadreRewards.createdAt),
      asc(economyCadreRewards.id),
    );
  const shares = await rewardShares(
    ctx,
    rows.map((r) => r.id),
  );
  const name = await regionNames(
    ctx,
    rows.map((r) => r.regionCode),
  );
  const sharesOf = new Map<string, typeof shares>();
  for (const sh of shares) sharesOf.set(sh.rewardId, [...(sharesOf.get(sh.rewardId) ?? []), sh]);
  const positionsText = (codes: readonly string[]) =>
    codes.map((c) => labelOf(POSITIONS, c)).join('、');
  return [
    {
      name: '干部奖励',
      columns: [
        col('村'),
        col('年度', 8),
        money('本年集体收入（元）', 18),
        money('上年集体收入（元）', 18),
        money('收益增量（元）'),
        money('奖励资金池（元）'),
        money('奖励总额（元）'),
        col('增量提取比例（%）', 12),
        col('状态', 10),
        col('审批日期', 12),
        col('审批意见', 30),
      ],
      rows: rows.map((r) => [
        name(r.regionCode),
        r.year,
        yuanCell(r.thisYearFen),
        yuanCell(r.lastYearFen),
        yuanCell(r.thisYearFen - r.lastYearFen),
        yuanCell(r.poolFen),
        yuanCell(r.totalFen),
        r.rule.shareBp / 100,
        REWARD_STATUS[r.status] ?? r.status,
        r.decidedAt ? shanghaiDate(r.decidedAt) : '',
        r.decisionNote ?? '',
      ]),
    },
    {
      name: '各人奖励金额',
      columns: [
        col('村'),
        col('年度', 8),
        col('姓名', 10),
        col('职务', 24),
        col('系数', 8),
        money('奖励金额（元）'),
        col('状态', 10),
      ],
      rows: rows.flatMap((r) =>
        (sharesOf.get(r.id) ?? []).map((s) => [
          name(r.regionCode),
          r.year,
          s.name,
          positionsText(s.positions),
          s.weight,
          yuanCell(s.amountFen),
          REWARD_STATUS[r.status] ?? r.status,
        ]),
      ),
    },
  ];
}

const FILE_NAMES: Record<EconomyExport, string> = {
  assets: '三资台账',
  contracts: '合同台账',
  cleanup: '清化收',
  ledger: '集体经济收入台账',
  rewards: '干部奖励',
};

/** One of the economy's lists as .xlsx, for the region asked (else every village the caller reads). */
export async function economyExport(
  ctx: Ctx,
  list: EconomyExport,
  q: { region?: string | undefined; year?: number | undefined },
): Promise<XlsxFile> {
  const today = shanghaiDate(ctx.clock());
  const year = q.year ?? Number(today.slice(0, 4));
  const sheets =
    list === 'assets'
      ? [await assetsSheet(ctx, q.region)]
      : list === 'contracts'
        ? [await contractsSheet(ctx, q.region)]
        : list === 'cleanup'
          ? await cleanupSheets(ctx, q.region)
          : list === 'rewards'
            ? await rewardSheets(ctx, q.region, q.year)
            : await ledgerSheets(ctx, q.region, year);
  const where = q.region ? (await regionNames(ctx, [q.region]))(q.region) : '';
  const period = list === 'ledger' || (list === 'rewards' && q.year) ? `${year}年` : today;
  return {
    name: `${FILE_NAMES[list]}-${where ? `${where}-` : ''}${period}.xlsx`,
    data: await buildXlsx({ sheets }),
  };
}
