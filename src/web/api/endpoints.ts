import type { z } from 'zod';
import type { listAccountsQuery, updateAccountBody } from '../../server/modules/accounts/schema.ts';
import type { listAuditQuery } from '../../server/modules/audit/schema.ts';
import type { RevealPurpose, revealResponse } from '../../server/modules/privacy/schema.ts';
import type { listRegionsQuery } from '../../server/modules/regions/schema.ts';
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
/** Why a value is revealed: a purpose from the server's list, and a note ("other" needs one). */
export interface RevealWhy {
  purpose: RevealPurpose;
  note?: string;
}

/** A list route's query as the web sends it: the server's query schema, defaults left to it. */
export type QueryOf<S extends z.ZodType> = Partial<z.output<S>>;
export type PageQuery = QueryOf<typeof listAccountsQuery>;

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

  regions: (query: QueryOf<typeof listRegionsQuery>, signal?: AbortSignal) =>
    request<RegionPage>('/api/v1/regions', { query: { ...query }, signal }),
  region: (code: string, signal?: AbortSignal) =>
    request<Region>(`/api/v1/regions/${encodeURIComponent(code)}`, { signal }),

  accounts: (query: PageQuery, signal?: AbortSignal) =>
    request<AccountPage>('/api/v1/accounts', { query: { ...query }, signal }),
  createAccount: (account: NewAccount) =>
    request<Account>('/api/v1/accounts', { method: 'POST', body: account }),
  updateAccount: (id: string, patch: z.input<typeof updateAccountBody>) =>
    request<Account>(`/api/v1/accounts/${encodeURIComponent(id)}`, {
      method: 'PATCH',
      body: patch,
    }),
  revealPhone: (accountId: string, why: RevealWhy) =>
    request<Revealed>('/api/v1/privacy/reveal', {
      method: 'POST',
      body: { objectType: 'account', objectId: accountId, field: 'phone', ...why },
    }),

  auditEvents: (query: QueryOf<typeof listAuditQuery>, signal?: AbortSignal) =>
    request<AuditPage>('/api/v1/audit-events', { query: { ...query }, signal }),
};
