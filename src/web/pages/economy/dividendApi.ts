import type { z } from 'zod';
import type {
  dividendRunList,
  dividendRunView,
  myDividendList,
} from '../../../server/modules/economy/dividendSchema.ts';
import type { DividendRule, ShareUnits } from '../../../domain/economy/dividends.ts';
import { request } from '../../api/client.ts';

// Shapes of the 分红 routes: derived from their response schemas (type imports only).
export type DividendRunList = z.infer<typeof dividendRunList>;
export type DividendRun = z.infer<typeof dividendRunView>;
export type MyDividends = z.infer<typeof myDividendList>;

const run = (id: string, step = '') =>
  `/api/v1/economy/dividend-runs/${encodeURIComponent(id)}${step}`;

export const dividendApi = {
  list: (region: string | undefined, signal?: AbortSignal) =>
    request<DividendRunList>('/api/v1/economy/dividend-runs', {
      query: region ? { region } : {},
      signal,
    }),
  get: (id: string, signal?: AbortSignal) => request<DividendRun>(run(id), { signal }),
  propose: (body: {
    regionCode: string;
    organizationId: string;
    year: number;
    distributableFen: number;
    rule: DividendRule;
    holdings: { householdId: string; units: ShareUnits }[];
  }) => request<DividendRun>('/api/v1/economy/dividend-runs', { method: 'POST', body }),
  approve: (id: string) => request<DividendRun>(run(id, '/approve'), { method: 'POST' }),
  publish: (id: string) => request<DividendRun>(run(id, '/publish'), { method: 'POST' }),
  mine: (signal?: AbortSignal) => request<MyDividends>('/api/v1/me/dividends', { signal }),
};
