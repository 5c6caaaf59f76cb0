import type { z } from 'zod';
import type {
  Dissolution,
  NewBinding,
  NewLandTransfer,
  NewMember,
  NewOrder,
  NewOrganization,
  organizationList,
  OrganizationPatch,
  organizationView,
} from '../../../server/modules/economy/organizationSchema.ts';
import { request } from '../../api/client.ts';

// Shapes of the 合作社、公司与双绑 routes: derived from their request and response schemas (type
// imports only).
export type OrganizationList = z.infer<typeof organizationList>;
export type Organization = z.infer<typeof organizationView>;

const post = (url: string, body: unknown) => request<Organization>(url, { method: 'POST', body });
const orgUrl = (id: string) => `/api/v1/economy/organizations/${encodeURIComponent(id)}`;

export const organizationApi = {
  list: (region: string | undefined, signal?: AbortSignal) =>
    request<OrganizationList>('/api/v1/economy/organizations', {
      query: region ? { region } : {},
      signal,
    }),
  create: (body: NewOrganization) => post('/api/v1/economy/organizations', body),
  update: (id: string, body: OrganizationPatch) =>
    request<Organization>(orgUrl(id), { method: 'PATCH', body }),
  dissolve: (id: string, body: Dissolution) => post(`${orgUrl(id)}/dissolve`, body),
  addMember: (id: string, body: NewMember) => post(`${orgUrl(id)}/members`, body),
  addBinding: (id: string, body: NewBinding) => post(`${orgUrl(id)}/bindings`, body),
  addOrder: (bindingId: string, body: NewOrder) =>
    post(`/api/v1/economy/bindings/${encodeURIComponent(bindingId)}/orders`, body),
  addLandTransfer: (id: string, body: NewLandTransfer) =>
    post(`${orgUrl(id)}/land-transfers`, body),
};
