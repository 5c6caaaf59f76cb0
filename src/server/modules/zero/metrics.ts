import {
  noEvents,
  ZERO_EVENT_KINDS,
  ZERO_EVENT_METRIC,
  ZERO_EVENT_NAMES,
} from '../../../domain/zero/events.ts';
import { registerMetric, type MetricValue } from '../evaluation/metricRegistry.ts';
import { subjectKey, zeroTally } from './tally.ts';

// 零上访 / 零事故 / 零案件: the round's year's recorded events of the subject's village (its units'
// included), never typed in. A village with none recorded reads 0, with the records as source.
for (const kind of ZERO_EVENT_KINDS) {
  registerMetric(ZERO_EVENT_METRIC[kind], async (ctx, subjects, { year }) => {
    const out = new Map<string, MetricValue>();
    const tallies = new Map<string, Awaited<ReturnType<typeof zeroTally>>>();
    for (const s of subjects) {
      const tally = tallies.get(s.regionCode) ?? (await zeroTally(ctx, s.regionCode, year));
      tallies.set(s.regionCode, tally);
      const n = (tally.get(subjectKey(s.regionCode, null)) ?? noEvents())[kind];
      out.set(s.id, {
        value: n,
        sources: [
          {
            kind: 'zeroEvents',
            id: s.regionCode,
            label: `三零记录：${year}年${ZERO_EVENT_NAMES[kind]} ${n} 起`,
          },
        ],
      });
    }
    return out;
  });
}
