import type { z } from 'zod';
import type {
  myTrusteeship,
  serviceList,
  serviceView,
  signUpList,
  signUpView,
  trusteeshipItemList,
} from '../../../server/modules/economy/trusteeshipSchema.ts';
import { request } from '../../api/client.ts';

// Shapes of the 农业托管 routes: derived from their response schemas (type imports only).
export type TrusteeshipMenu = z.infer<typeof trusteeshipItemList>;
export type SignUpList = z.infer<typeof signUpList>;
export type SignUp = z.infer<typeof signUpView>;
export type MyTrusteeship = z.infer<typeof myTrusteeship>;
export type ServiceList = z.infer<typeof serviceList>;
export type Service = z.infer<typeof serviceView>;
/** One item of a village's 托管 menu. */
export type TrusteeshipItem = TrusteeshipMenu['items'][number];

export interface ServiceRequest {
  itemId: string;
  servedOn: string;
  area: number;
  providerOrgId?: string;
  provider?: string;
  note?: string;
}

export interface SignUpRequest {
  householdId: string;
  year: number;
  cropGroup: 'grain' | 'fruit';
  mode: 'fullChain' | 'menu';
  itemIds?: string[];
  area: number;
  startsOn: string;
}

export const trusteeshipApi = {
  menu: (region: string | undefined, signal?: AbortSignal) =>
    request<TrusteeshipMenu>('/api/v1/economy/trusteeship/items', {
      query: region ? { region } : {},
      signal,
    }),
  signUps: (region: string | undefined, signal?: AbortSignal) =>
    request<SignUpList>('/api/v1/economy/trusteeship/sign-ups', {
      query: region ? { region } : {},
      signal,
    }),
  signUp: (body: SignUpRequest) =>
    request<SignUp>('/api/v1/economy/trusteeship/sign-ups', { method: 'POST', body }),
  withdraw: (id: string) =>
    request<SignUp>(`/api/v1/economy/trusteeship/sign-ups/${encodeURIComponent(id)}/withdraw`, {
      method: 'POST',
    }),
  updateItem: (id: string, body: { pricePerMuFen?: number; marketPricePerMuFen?: number }) =>
    request<TrusteeshipItem>(`/api/v1/economy/trusteeship/items/${encodeURIComponent(id)}`, {
      method: 'PATCH',
      body,
    }),
  retireItem: (id: string) =>
    request<TrusteeshipItem>(`/api/v1/economy/trusteeship/items/${encodeURIComponent(id)}/retire`, {
      method: 'POST',
    }),
  services: (region: string | undefined, signal?: AbortSignal) =>
    request<ServiceList>('/api/v1/economy/trusteeship/services', {
      query: region ? { region } : {},
      signal,
    }),
  recordService: (signUpId: string, body: ServiceRequest) =>
    request<Service>(
      `/api/v1/economy/trusteeship/sign-ups/${encodeURIComponent(signUpId)}/services`,
      { method: 'POST', body },
    ),
  voidService: (id: string, reason: string) =>
    request<Service>(`/api/v1/economy/trusteeship/services/${encodeURIComponent(id)}/void`, {
      method: 'POST',
      body: { reason },
    }),
  mine: (signal?: AbortSignal) => request<MyTrusteeship>('/api/v1/me/trusteeship', { signal }),
};
