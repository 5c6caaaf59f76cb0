import { request } from './client.ts';
import type {
  Account,
  AuditEvent,
  LoadingStatus,
  NewAccount,
  Page,
  Region,
  Session,
} from './types.ts';

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
    request<Page<Region>>('/api/v1/regions', { query: { ...query }, signal }),
  region: (code: string, signal?: AbortSignal) =>
    request<Region>(`/api/v1/regions/${encodeURIComponent(code)}`, { signal }),

  accounts: (query: PageQuery, signal?: AbortSignal) =>
    request<Page<Account>>('/api/v1/accounts', { query: { ...query }, signal }),
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
    request<{ value: string }>('/api/v1/privacy/reveal', {
      method: 'POST',
      body: { objectType: 'account', objectId: accountId, field: 'phone', purpose },
    }),

  auditEvents: (query: PageQuery, signal?: AbortSignal) =>
    request<Page<AuditEvent>>('/api/v1/audit-events', { query: { ...query }, signal }),
};
