import type { insightsZhCN } from './zhCN.ts';

export const insightsEn: Record<keyof typeof insightsZhCN, string> = {
  'nav.insights': 'Dashboard',
  'home.module.insights':
    'County, township and village figures: map, target progress, monthly trends, drill-down',
  'insights.title': '{region} dashboard',
  'insights.year': 'Year',
  'insights.indicator': 'Map indicator',
  'insights.fullscreen': 'Full screen',
  'insights.exitFullscreen': 'Leave full screen',
  'insights.map': 'Map (coloured by {indicator})',
  'insights.gauges': 'Target progress',
  'insights.trend': 'Monthly trend',
  'insights.children': 'Regions below',
  'insights.col.name': 'Region',
  'insights.noData': 'No records yet',
  'insights.villagePoint': 'Village',
  'insights.ind.casesReceived': 'Cases received',
  'insights.ind.resolutionRate': 'Resolution rate',
  'insights.ind.onTimeRate': 'On-time rate',
  'insights.ind.satisfactionRate': 'Satisfaction rate',
  'insights.ind.disputesReceived': 'Disputes found',
  'insights.ind.disputeResolutionRate': 'Dispute resolution rate',
  'insights.ind.threeStarShare': 'Share at 3 stars or more',
  'insights.ind.starsAwarded': 'Subjects rated',
  'insights.trend.received': 'Received',
  'insights.trend.resolved': 'Resolved',
};
