import type { EChartsCoreOption } from 'echarts/core';
import { indicatorValue, type Indicator } from '../../../domain/insights/indicators.ts';
import type { InsightOverview } from '../../api/insightEndpoints.ts';
import type { MessageKey } from '../../i18n/types.ts';
import type { Translate } from '../../i18n/useI18n.ts';
import { gaugesOption, trendOption } from './chartOptions.ts';

/** The gauges and the monthly trend of one overview, labelled in the reader's language. */
export function chartsOf(
  data: InsightOverview,
  gauges: Indicator[],
  t: Translate,
  keyOf: (i: Indicator) => MessageKey,
): { gauges: EChartsCoreOption; trend: EChartsCoreOption } {
  return {
    gauges: gaugesOption(
      gauges.map((i) => ({ name: t(keyOf(i)), value: indicatorValue(i, data.totals) })),
    ),
    trend: trendOption(
      data.trend.map((m) => m.month),
      [
        {
          name: t('insights.trend.received'),
          values: data.trend.map((m) => m.metrics.cases_received ?? 0),
        },
        {
          name: t('insights.trend.resolved'),
          values: data.trend.map((m) => m.metrics.cases_resolved ?? 0),
        },
      ],
    ),
  };
}
