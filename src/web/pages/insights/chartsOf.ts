import type { EChartsCoreOption } from 'echarts/core';
import type { InsightOverview } from '../../api/insightEndpoints.ts';
import type { Translate } from '../../i18n/useI18n.ts';
import { trendOption } from './chartOptions.ts';

/** The monthly trend of one overview, labelled in the reader's language (the gauges read targets). */
export function chartsOf(data: InsightOverview, t: Translate): { trend: EChartsCoreOption } {
  return {
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
