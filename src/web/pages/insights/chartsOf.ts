import type { EChartsCoreOption } from 'echarts/core';
import { indicatorValue } from '../../../domain/insights/indicators.ts';
import type { InsightOverview } from '../../api/insightEndpoints.ts';
import type { Translate } from '../../i18n/useI18n.ts';
import { trendOption } from './chartOptions.ts';

/**
 * The monthly trends of one overview, labelled in the reader's language (the gauges read targets):
 * cases received and resolved, and the collective's income in 万元.
 */
export function chartsOf(
  data: InsightOverview,
  t: Translate,
): { trend: EChartsCoreOption; income: EChartsCoreOption } {
  return {
    income: trendOption(
      data.trend.map((m) => m.month),
      [
        {
          name: t('insights.trend.income'),
          values: data.trend.map((m) => indicatorValue('collectiveIncome', m.metrics) ?? 0),
        },
      ],
      0,
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
