import type { z } from 'zod';
import type { unionDetail, unionList } from '../../server/modules/unions/views.ts';
import type { NewUnion, UnionPatch } from '../../server/modules/unions/schema.ts';
import { request } from './client.ts';

// Shapes of /api/v1/unions: derived from the routes' response schemas (type imports only).
export type UnionList = z.infer<typeof unionList>;
export type UnionItem = UnionList['items'][number];
export type UnionDetail = z.infer<typeof unionDetail>;
export type UnionEvent = UnionDetail['history'][number];

const at = (id: string) => `/api/v1/unions/${encodeURIComponent(id)}`;

export const unionApi = {
  list: (signal?: AbortSignal) => request<UnionList>('/api/v1/unions', { signal }),
  get: (id: string, signal?: AbortSignal) => request<UnionDetail>(at(id), { signal }),
  create: (body: Partial<NewUnion> & Pick<NewUnion, 'region' | 'lead'>) =>
    request<UnionDetail>('/api/v1/unions', { method: 'POST', body }),
  update: (id: string, body: UnionPatch) => request<UnionDetail>(at(id), { method: 'PATCH', body }),
  addVillage: (id: string, code: string) =>
    request<UnionDetail>(`${at(id)}/villages`, { method: 'POST', body: { code } }),
  removeVillage: (id: string, code: string) =>
    request<UnionDetail>(`${at(id)}/villages/${code}`, { method: 'DELETE' }),
};
