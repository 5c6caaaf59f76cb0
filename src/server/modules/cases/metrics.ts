import { shanghaiDate } from '../../../domain/time/shanghai.ts';
import { registerMetric, type MetricValue } from '../evaluation/metricRegistry.ts';
import { disputeTally } from './disputeRate.ts';

// 平安法治星's 矛盾纠纷化解率: the round's year's disputes of the subject's region, from the 排查 sweeps
// and the dispute cases together (disputeRate.ts) — the figure the case statistics show, never
// entered. Null while the region recorded no dispute this year.
registerMetric('disputeResolutionRate', async (ctx, subjects, { year }) => {
  // The round's year up to today (a past year whole): nothing after today is recorded anyway.
  const today = shanghaiDate(ctx.clock());
  const from = `${year}-01-01`;
  const to = `${year}-12-31` < today ? `${year}-12-31` : today;
  const out = new Map<string, MetricValue>();
  const byRegion = new Map<string, Awaited<ReturnType<typeof disputeTally>>>();
  for (const s of subjects) {
    const tally =
      byRegion.get(s.regionCode) ?? (await disputeTally(ctx, { region: s.regionCode, from, to }));
    byRegion.set(s.regionCode, tally);
    out.set(s.id, {
      value: tally.rate,
      sources: [
        {
          kind: 'disputeSweeps',
          id: s.regionCode,
          label: `矛盾纠纷排查 ${tally.sweeps.rounds} 次：排查 ${tally.sweeps.found} 起，当场化解 ${tally.sweeps.resolved} 起`,
        },
        {
          kind: 'disputeCases',
          id: s.regionCode,
          label: `纠纷案件 ${tally.cases.found} 件，化解 ${tally.cases.resolved} 件`,
        },
      ],
    });
  }
  return out;
});
