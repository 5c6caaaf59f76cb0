import type { z } from 'zod';
import type { revealResponse } from '../../server/modules/privacy/schema.ts';
import { request } from './client.ts';
import type {
  Account,
  AccountPage,
  AuditPage,
  LoadingStatus,
  NewAccount,
  Region,
  RegionPage,
  Session,
} from './types.ts';

/** POST /api/v1/privacy/reveal: the full value, null when the field is empty. */
export type Revealed = z.infer<typeof revealResponse>;

export interface PageQuery {
  page: number;
  pageSize: number;
  q?: string;
}

export const api = {
  login: (username: string, password: string) =>
    request<Session>('/api/v1/auth/login', {
      method: 'POST',
      body: { username, password },
      skipUnauthorizedRedirect: true,
    }),
  me: () => request<Session>('/api/v1/auth/me', { skipUnauthorizedRedirect: true }),
  loading: (signal?: AbortSignal) =>
    request<LoadingStatus>('/api/v1/system/loading', { signal, skipUnauthorizedRedirect: true }),
  logout: () =>
    request<void>('/api/v1/auth/logout', { method: 'POST', skipUnauthorizedRedirect: true }),

  regions: (query: PageQuery & { parent?: string }, signal?: AbortSignal) =>
    request<RegionPage>('/api/v1/regions', { query: { ...query }, signal }),
  region: (code: string, signal?: AbortSignal) =>
    request<Region>(`/api/v1/regions/${encodeURIComponent(code)}`, { signal }),

  accounts: (query: PageQuery, signal?: AbortSignal) =>
    request<AccountPage>('/api/v1/accounts', { query: { ...query }, signal }),
  createAccount: (account: NewAccount) =>
    request<Account>('/api/v1/accounts', { method: 'POST', body: account }),
  updateAccount: (
    id: string,
    patch: { displayName?: string; disabled?: boolean; phone?: string | null; unlock?: true },
  ) =>
    request<Account>(`/api/v1/accounts/${encodeURIComponent(id)}`, {
      method: 'PATCH',
      body: patch,
    }),
  revealPhone: (accountId: string, purpose: string) =>
    request<Revealed>('/api/v1/privacy/reveal', {
      method: 'POST',
      body: { objectType: 'account', objectId: accountId, field: 'phone', purpose },
    }),

  auditEvents: (query: PageQuery, signal?: AbortSignal) =>
    request<AuditPage>('/api/v1/audit-events', { query: { ...query }, signal }),
};
