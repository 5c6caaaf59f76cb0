import type { z } from 'zod';
import type { overviewQuery, targetsQuery } from '../../server/modules/insights/schema.ts';
import type { overviewView, targetsView } from '../../server/modules/insights/views.ts';
import { request } from './client.ts';

// Shapes of /api/v1/insights: derived from the route's response schema (type imports only).
export type InsightOverview = z.infer<typeof overviewView>;
export type InsightPlace = InsightOverview['villages'][number];
export type InsightTargets = z.infer<typeof targetsView>;
export type TargetGauge = InsightTargets['gauges'][number];

export const insightApi = {
  overview: (query: z.input<typeof overviewQuery>, signal?: AbortSignal) =>
    request<InsightOverview>('/api/v1/insights/overview', { query: { ...query }, signal }),
  targets: (query: z.input<typeof targetsQuery>, signal?: AbortSignal) =>
    request<InsightTargets>('/api/v1/insights/targets', { query: { ...query }, signal }),
};
