import type { Actor } from '../../../domain/access/policy.ts';
import { registerMetric, type MetricValue } from '../evaluation/metricRegistry.ts';
import { yearAndDay } from './compliance.ts';
import { regionCompliance } from './regionCompliance.ts';

// 结对与联户义务完成率 for star rules: the round's year's periods met over periods due, of the pairings in
// the subject's village and of the village's own rules (一月一主题) — computed from the recorded
// activities, never entered. Null when nothing was due yet (the subject's entered value counts).
registerMetric('obligationCompliance', async (ctx, subjects, ask) => {
  // A past year is judged whole; the current one up to today.
  const { year, asOf } = yearAndDay(ctx, ask.year);
  const out = new Map<string, MetricValue>();
  for (const subject of subjects) {
    const region = subject.regionCode;
    // The provider reads one village for the evaluation that asks: scoped to exactly that region.
    const reader: Actor = {
      accountId: 'metric:obligationCompliance',
      username: 'metric',
      grants: [{ role: 'auditor', scope: region, regionCode: region }],
    };
    const { due, met, rate } = await regionCompliance(ctx, reader, region, year, asOf);
    out.set(subject.id, {
      value: rate,
      sources: [
        {
          kind: 'obligations',
          id: region,
          label: `履职：${year} 年 ${met}/${due} 期完成（结对共建、一月一主题）`,
        },
      ],
    });
  }
  return out;
});
