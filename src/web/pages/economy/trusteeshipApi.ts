import type { z } from 'zod';
import type {
  myTrusteeship,
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
  mine: (signal?: AbortSignal) => request<MyTrusteeship>('/api/v1/me/trusteeship', { signal }),
};
