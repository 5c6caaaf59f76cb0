import type { z } from 'zod';
import type { overviewQuery } from '../../server/modules/insights/schema.ts';
import type { overviewView } from '../../server/modules/insights/views.ts';
import { request } from './client.ts';

// Shapes of /api/v1/insights: derived from the route's response schema (type imports only).
export type InsightOverview = z.infer<typeof overviewView>;
export type InsightPlace = InsightOverview['villages'][number];

export const insightApi = {
  overview: (query: z.input<typeof overviewQuery>, signal?: AbortSignal) =>
    request<InsightOverview>('/api/v1/insights/overview', { query: { ...query }, signal }),
};
