import { and, asc, eq, gte, inArray, isNotNull, lt, lte, sql } from 'drizzle-orm';
import { fenToWanYuan, growthPercent } from '../../../domain/economy/ledger.ts';
import {
  economyContracts,
  economyDividendRuns,
  economyTrusteeshipSignUps,
} from '../../db/schema/index.ts';
import type { Ctx } from '../../platform/context.ts';
import {
  registerMetric,
  type MetricProvider,
  type MetricSubject,
  type MetricValue,
} from '../evaluation/metricRegistry.ts';
import { incomeOf } from './ledger.ts';

// The collective economy's figures for star rules, from the ledger and the contracts (enter once):
// a village's (or its party org's: the subject's region) income in the round's year, its growth on
// the year before, the contracts 清化收 cleaned that year with the income they added, what published
// dividend runs paid its households that year, and the 托管 season's active sign-ups (area, households).

const yuan = (fen: number) => (fen / 100).toFixed(2);

async function incomeByRegion(
  ctx: Ctx,
  regions: string[],
  year: number,
): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  for (const r of await incomeOf(ctx, regions, year))
    out.set(r.region, (out.get(r.region) ?? 0) + r.fen);
  return out;
}

const regionsOf = (subjects: readonly { regionCode: string }[]) => [
  ...new Set(subjects.map((s) => s.regionCode)),
];

/** Each subject's figure from the rows of its village (`region`), every such row one of its sources. */
function fromVillageRows<R extends { region: string }>(
  subjects: readonly MetricSubject[],
  rows: readonly R[],
  value: (mine: R[]) => number,
  source: (row: R) => MetricValue['sources'][number],
): Map<string, MetricValue> {
  return new Map(
    subjects.map((s): [string, MetricValue] => {
      const mine = rows.filter((r) => r.region === s.regionCode);
      return [s.id, { value: value(mine), sources: mine.map(source) }];
    }),
  );
}

registerMetric('collectiveIncome', async (ctx, subjects, { year }) => {
  const income = await incomeByRegion(ctx, regionsOf(subjects), year);
  return new Map(
    subjects.map((s): [string, MetricValue] => {
      const fen = income.get(s.regionCode);
      return [
        s.id,
        fen === undefined
          ? { value: null, sources: [] }
          : {
              value: fenToWanYuan(fen),
              sources: [
                {
                  kind: 'incomeLedger',
                  id: s.regionCode,
                  label: `集体收入台账：${year} 年 ${yuan(fen)} 元`,
                },
              ],
            },
      ];
    }),
  );
});

registerMetric('collectiveIncomeGrowth', async (ctx, subjects, { year }) => {
  const now = await incomeByRegion(ctx, regionsOf(subjects), year);
  const before = await incomeByRegion(ctx, regionsOf(subjects), year - 1);
  return new Map(
    subjects.map((s): [string, MetricValue] => {
      const a = now.get(s.regionCode) ?? 0;
      const b = before.get(s.regionCode) ?? 0;
      const value = growthPercent(a, b);
      return [
        s.id,
        value === null
          ? { value: null, sources: [] }
          : {
              value,
              sources: [
                {
                  kind: 'incomeLedger',
                  id: s.regionCode,
                  label: `集体收入台账：${year} 年 ${yuan(a)} 元，${year - 1} 年 ${yuan(b)} 元`,
                },
              ],
            },
      ];
    }),
  );
});

async function cleanedThisYear(ctx: Ctx, regions: string[], year: number) {
  return ctx.db
    .select({
      id: economyContracts.id,
      region: economyContracts.regionCode,
      lessee: economyContracts.lessee,
      outcome: economyContracts.outcome,
      added: economyContracts.incomeAddedFen,
    })
    .from(economyContracts)
    .where(
      and(
        inArray(economyContracts.regionCode, regions),
        isNotNull(economyContracts.outcome),
        gte(economyContracts.outcomeOn, `${year}-01-01`),
        lte(economyContracts.outcomeOn, `${year}-12-31`),
      ),
    );
}

const OUTCOME_NAMES: Record<string, string> = {
  regularized: '规范',
  recovered: '收回',
  resigned: '重签',
};

registerMetric('contractsCleaned', async (ctx, subjects, { year }) => {
  const rows = await cleanedThisYear(ctx, regionsOf(subjects), year);
  return fromVillageRows(
    subjects,
    rows,
    (mine) => mine.length,
    (r) => ({
      kind: 'economyContract',
      id: r.id,
      label: `${r.lessee}：${OUTCOME_NAMES[r.outcome ?? ''] ?? ''}`,
    }),
  );
});

registerMetric('cleanupIncomeAdded', async (ctx, subjects, { year }) => {
  const rows = await cleanedThisYear(ctx, regionsOf(subjects), year);
  return fromVillageRows(
    subjects,
    rows,
    (mine) => fenToWanYuan(mine.reduce((n, r) => n + (r.added ?? 0), 0)),
    (r) => ({
      kind: 'economyContract',
      id: r.id,
      label: `${r.lessee}：${OUTCOME_NAMES[r.outcome ?? ''] ?? ''}，新增 ${yuan(r.added ?? 0)} 元/年`,
    }),
  );
});

/** The instant a Shanghai calendar year begins (UTC+8, no daylight saving). */
const shanghaiYearStart = (year: number) => new Date(Date.UTC(year - 1, 11, 31, 16));

/**
 * 分红到户: what the dividend runs published in the year (Shanghai time, as the roll-ups count
 * them) paid the households of the subject's village, in 元; each run is a source.
 */
registerMetric('dividendsPaid', async (ctx, subjects, { year }) => {
  const runs = await ctx.db
    .select({
      id: economyDividendRuns.id,
      region: economyDividendRuns.regionCode,
      payer: economyDividendRuns.payer,
      year: economyDividendRuns.year,
      fen: economyDividendRuns.householdsFen,
    })
    .from(economyDividendRuns)
    .where(
      and(
        inArray(economyDividendRuns.regionCode, regionsOf(subjects)),
        eq(economyDividendRuns.status, 'published'),
        gte(economyDividendRuns.publishedAt, shanghaiYearStart(year)),
        lt(economyDividendRuns.publishedAt, shanghaiYearStart(year + 1)),
      ),
    )
    .orderBy(asc(economyDividendRuns.publishedAt));
  return fromVillageRows(
    subjects,
    runs,
    (mine) => Number(yuan(mine.reduce((n, r) => n + r.fen, 0))),
    (r) => ({
      kind: 'dividendRun',
      id: r.id,
      label: `${r.payer} ${r.year} 年度分红：到户 ${yuan(r.fen)} 元`,
    }),
  );
});

/** The active 托管 sign-ups of the season (the round's year) per village: households and area. */
async function trusteeshipOf(ctx: Ctx, regions: string[], year: number) {
  const rows = await ctx.db
    .select({
      region: economyTrusteeshipSignUps.regionCode,
      households: sql<number>`count(DISTINCT ${economyTrusteeshipSignUps.householdId})::int`,
      hundredths: sql<number>`coalesce(sum(${economyTrusteeshipSignUps.areaHundredths}), 0)::bigint`,
    })
    .from(economyTrusteeshipSignUps)
    .where(
      and(
        inArray(economyTrusteeshipSignUps.regionCode, regions),
        eq(economyTrusteeshipSignUps.year, year),
        eq(economyTrusteeshipSignUps.status, 'active'),
      ),
    )
    .groupBy(economyTrusteeshipSignUps.regionCode);
  return new Map(
    rows.map((r) => [
      r.region,
      { households: Number(r.households), mu: Number(r.hundredths) / 100 },
    ]),
  );
}

type Trusteeship = { households: number; mu: number };

/**
 * A metric of the season's active 托管 sign-ups (the round's year): each village's figure that
 * `pick` reads (0 where none), with the village's sign-ups as its one source.
 */
const trusteeshipMetric =
  (pick: (t: Trusteeship) => number): MetricProvider =>
  async (ctx, subjects, { year }) => {
    const found = await trusteeshipOf(ctx, regionsOf(subjects), year);
    return new Map(
      subjects.map((s): [string, MetricValue] => {
        const t = found.get(s.regionCode);
        const sources = t
          ? [
              {
                kind: 'trusteeshipSignUps',
                id: s.regionCode,
                label: `农业托管签约：${year} 年 ${t.households} 户 ${t.mu} 亩`,
              },
            ]
          : [];
        return [s.id, { value: t ? pick(t) : 0, sources }];
      }),
    );
  };

/** 托管面积: the 亩 of the season's active sign-ups (a household's grain and fruit both count). */
registerMetric(
  'trusteeshipArea',
  trusteeshipMetric((t) => t.mu),
);

/** 托管签约户数: the households with an active sign-up for the season (each once). */
registerMetric(
  'trusteeshipHouseholds',
  trusteeshipMetric((t) => t.households),
);
