import type { Actor } from '../../../domain/access/policy.ts';
import { registerMetric, type MetricValue } from '../evaluation/metricRegistry.ts';
import { boardCells } from './boardCells.ts';
import { yearAndDay } from './compliance.ts';
import { effectiveRules } from './rules.ts';

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
    const rules = await effectiveRules(ctx, region.slice(0, 6));
    let due = 0;
    let met = 0;
    for (const kind of ['pairing', 'village'] as const) {
      const lines = await boardCells(
        ctx,
        reader,
        kind,
        region,
        rules.filter((r) => r.subjectKind === kind),
        year,
        asOf,
      );
      for (const line of lines.filter((l) => l.subjectId !== null)) {
        due += line.due;
        met += line.met;
      }
    }
    out.set(subject.id, {
      value: due === 0 ? null : Math.round((1000 * met) / due) / 10,
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
