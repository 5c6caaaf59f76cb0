import { and, gte, inArray, isNotNull, lte } from 'drizzle-orm';
import { fenToWanYuan, growthPercent } from '../../../domain/economy/ledger.ts';
import { economyContracts } from '../../db/schema/index.ts';
import type { Ctx } from '../../platform/context.ts';
import { registerMetric, type MetricValue } from '../evaluation/metricRegistry.ts';
import { incomeOf } from './ledger.ts';

// The collective economy's figures for star rules, from the ledger and the contracts (enter once):
// a village's (or its party org's: the subject's region) income in the round's year, its growth on
// the year before, and the contracts 清化收 cleaned that year with the income they added.

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
  return new Map(
    subjects.map((s): [string, MetricValue] => {
      const mine = rows.filter((r) => r.region === s.regionCode);
      return [
        s.id,
        {
          value: mine.length,
          sources: mine.map((r) => ({
            kind: 'economyContract',
            id: r.id,
            label: `${r.lessee}：${OUTCOME_NAMES[r.outcome ?? ''] ?? ''}`,
          })),
        },
      ];
    }),
  );
});

registerMetric('cleanupIncomeAdded', async (ctx, subjects, { year }) => {
  const rows = await cleanedThisYear(ctx, regionsOf(subjects), year);
  return new Map(
    subjects.map((s): [string, MetricValue] => {
      const mine = rows.filter((r) => r.region === s.regionCode);
      return [
        s.id,
        {
          value: fenToWanYuan(mine.reduce((n, r) => n + (r.added ?? 0), 0)),
          sources: mine.map((r) => ({
            kind: 'economyContract',
            id: r.id,
            label: `${r.lessee}：${OUTCOME_NAMES[r.outcome ?? ''] ?? ''}，新增 ${yuan(r.added ?? 0)} 元/年`,
          })),
        },
      ];
    }),
  );
});
