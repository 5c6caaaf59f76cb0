import type { z } from 'zod';
import type { WarningDecision } from '../../domain/insights/warnings.ts';
import type { warningPage, warningView } from '../../server/modules/warnings/views.ts';
import { request } from './client.ts';

// Shapes of /api/v1/warnings: derived from the routes' response schemas (type imports only).
export type WarningPage = z.infer<typeof warningPage>;
export type Warning = z.infer<typeof warningView>;

export interface WarningsQuery {
  region?: string;
  kind?: string;
  status?: string;
  page?: number;
  pageSize?: number;
}

export const warningApi = {
  list: (query: WarningsQuery, signal?: AbortSignal) =>
    request<WarningPage>('/api/v1/warnings', { query: { ...query }, signal }),
  decide: (key: string, body: { status: WarningDecision; note: string }) =>
    request<Warning>(`/api/v1/warnings/${encodeURIComponent(key)}/decision`, {
      method: 'POST',
      body,
    }),
};
