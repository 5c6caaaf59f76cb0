import type { z } from 'zod';
import type {
  pairingDetail,
  pairingPage,
  planItemView,
} from '../../server/modules/obligations/pairingViews.ts';
import type {
  PlanItemBody,
  UpdatePlanItemBody,
} from '../../server/modules/obligations/pairingSchema.ts';
import { request } from './client.ts';

// Shapes of the pairings API: derived from the routes' schemas (server/modules/obligations/
// pairingViews.ts, pairingSchema.ts; type imports only), never copied.
export type PairingPage = z.infer<typeof pairingPage>;
export type PairingRow = PairingPage['items'][number];
export type PairingDetail = z.infer<typeof pairingDetail>;
export type PlanItem = z.infer<typeof planItemView>;
export type PlanItemInput = Partial<PlanItemBody>;
export type PlanItemChange = UpdatePlanItemBody;

export const pairingApi = {
  list: (q: { page?: number; pageSize?: number }, signal?: AbortSignal) =>
    request<PairingPage>('/api/v1/obligations/pairings', { query: q, signal }),
  get: (id: string, signal?: AbortSignal) =>
    request<PairingDetail>(`/api/v1/pairings/${id}`, { signal }),
  addItem: (id: string, body: PlanItemInput) =>
    request<PlanItem>(`/api/v1/pairings/${id}/plan-items`, { method: 'POST', body }),
  editItem: (id: string, itemId: string, body: PlanItemChange) =>
    request<PlanItem>(`/api/v1/pairings/${id}/plan-items/${itemId}`, { method: 'PATCH', body }),
  deleteItem: (id: string, itemId: string) =>
    request<void>(`/api/v1/pairings/${id}/plan-items/${itemId}`, { method: 'DELETE' }),
};
