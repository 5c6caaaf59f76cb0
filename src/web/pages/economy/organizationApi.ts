import type { z } from 'zod';
import type {
  organizationList,
  organizationView,
} from '../../../server/modules/economy/organizationSchema.ts';
import { request } from '../../api/client.ts';

// Shapes of the 合作社、公司与双绑 routes: derived from their response schemas (type imports only).
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
  create: (body: { region: string; kind: string; name: string; registeredOn: string }) =>
    post('/api/v1/economy/organizations', body),
  update: (id: string, body: { name?: string; registeredOn?: string; unionId?: string | null }) =>
    request<Organization>(orgUrl(id), { method: 'PATCH', body }),
  dissolve: (id: string, body: { dissolvedOn: string; reason: string }) =>
    post(`${orgUrl(id)}/dissolve`, body),
  addMember: (
    id: string,
    body: {
      householdId: string;
      landShares: number;
      cashShares: number;
      memberShares: number;
      joinedOn: string;
    },
  ) => post(`${orgUrl(id)}/members`, body),
  addBinding: (
    id: string,
    body: {
      partnerOrgId?: string;
      partnerName?: string;
      partnerKind: string;
      kind: string;
      startsOn: string;
      endsOn?: string;
    },
  ) => post(`${orgUrl(id)}/bindings`, body),
  addOrder: (
    bindingId: string,
    body: { product: string; quantity: number; unit: string; amountFen: number; orderedOn: string },
  ) => post(`/api/v1/economy/bindings/${encodeURIComponent(bindingId)}/orders`, body),
  addLandTransfer: (
    id: string,
    body: {
      householdId: string;
      area: number;
      pricePerMuFen: number;
      previousPricePerMuFen?: number;
      startsOn: string;
      endsOn: string;
    },
  ) => post(`${orgUrl(id)}/land-transfers`, body),
};
