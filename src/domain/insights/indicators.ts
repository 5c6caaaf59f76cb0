// The dashboard's indicators, each computed from additive roll-up metrics (rates are ratios of
// sums, so a township's rate is never an average of its villages' rates). The collective economy's
// money figures are read in 万元 with two decimals, its 托管 area in 亩.

import { fenToWanYuan } from '../economy/ledger.ts';

export type Metrics = Readonly<Record<string, number>>;

export const INDICATORS = [
  'casesReceived',
  'resolutionRate',
  'onTimeRate',
  'satisfactionRate',
  'disputesReceived',
  'disputeResolutionRate',
  'threeStarShare',
  'starsAwarded',
  'collectiveIncome',
  'contractsCleaned',
  'cleanupIncomeAdded',
  'dividendsPaid',
  'trusteeshipArea',
] as const;
export type Indicator = (typeof INDICATORS)[number];

/** The collective economy's indicators (issue 13 part 8): their figures link to the economy's books. */
export const ECONOMY_INDICATORS: readonly Indicator[] = [
  'collectiveIncome',
  'contractsCleaned',
  'cleanupIncomeAdded',
  'dividendsPaid',
  'trusteeshipArea',
];

const get = (m: Metrics, key: string) => m[key] ?? 0;
/** A percentage with one decimal; null when there is nothing to divide by. */
const rate = (part: number, whole: number): number | null =>
  whole > 0 ? Math.round((part / whole) * 1000) / 10 : null;

/** The value of one indicator from a region's metrics; null when the records hold none. */
export function indicatorValue(indicator: Indicator, m: Metrics): number | null {
  switch (indicator) {
    case 'casesReceived':
      return get(m, 'cases_received');
    case 'resolutionRate':
      return rate(get(m, 'cases_resolved'), get(m, 'cases_received'));
    case 'onTimeRate':
      return rate(get(m, 'cases_on_time'), get(m, 'cases_resolved'));
    case 'satisfactionRate':
      return rate(get(m, 'cases_satisfied'), get(m, 'cases_rated'));
    case 'disputesReceived':
      return get(m, 'disputes_received');
    case 'disputeResolutionRate':
      return rate(get(m, 'disputes_resolved'), get(m, 'disputes_received'));
    case 'threeStarShare':
      return rate(get(m, 'stars_3plus'), get(m, 'evaluations_awarded'));
    case 'starsAwarded':
      return get(m, 'evaluations_awarded');
    case 'collectiveIncome':
      return fenToWanYuan(get(m, 'income_fen'));
    case 'contractsCleaned':
      return get(m, 'contracts_cleaned');
    case 'cleanupIncomeAdded':
      return fenToWanYuan(get(m, 'cleanup_income_added_fen'));
    case 'dividendsPaid':
      return fenToWanYuan(get(m, 'dividends_paid_fen'));
    case 'trusteeshipArea':
      return Math.round(get(m, 'trusteeship_area_hundredths')) / 100;
  }
}

/** Rates are shown as percentages; the rest are counts. */
export const isRate = (indicator: Indicator): boolean =>
  indicator.endsWith('Rate') || indicator === 'threeStarShare';
