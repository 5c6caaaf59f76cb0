import type { z } from 'zod';
import type { PaymentBody } from '../../../server/modules/economy/schema.ts';
import type {
  assetPage,
  cleanupView,
  contractPage,
  contractView,
  ledgerView,
} from '../../../server/modules/economy/views.ts';
import { request } from '../../api/client.ts';

// Shapes of /api/v1/economy: derived from the routes' response schemas (type imports only).
export type AssetPage = z.infer<typeof assetPage>;
export type ContractPage = z.infer<typeof contractPage>;
export type Contract = z.infer<typeof contractView>;
export type Cleanup = z.infer<typeof cleanupView>;
export type Ledger = z.infer<typeof ledgerView>;

const region = (r: string | undefined) => (r ? { region: r } : {});

export const economyApi = {
  ledger: (r: string | undefined, year: number | undefined, signal?: AbortSignal) =>
    request<Ledger>('/api/v1/economy/ledger', {
      query: { ...region(r), ...(year ? { year } : {}) },
      signal,
    }),
  contracts: (r: string | undefined, signal?: AbortSignal) =>
    request<ContractPage>('/api/v1/economy/contracts', {
      query: { ...region(r), pageSize: 200 },
      signal,
    }),
  assets: (r: string | undefined, signal?: AbortSignal) =>
    request<AssetPage>('/api/v1/economy/assets', {
      query: { ...region(r), pageSize: 200 },
      signal,
    }),
  cleanup: (r: string | undefined, signal?: AbortSignal) =>
    request<Cleanup>('/api/v1/economy/cleanup', { query: region(r), signal }),
  pay: (id: string, body: PaymentBody) =>
    request<Contract>(`/api/v1/economy/contracts/${encodeURIComponent(id)}/payments`, {
      method: 'POST',
      body,
    }),
};

/** The downloads of the economy page: a list as .xlsx, a village's finance statement as .docx. */
export type EconomyExport = 'assets' | 'contracts' | 'cleanup' | 'ledger' | 'rewards';
export const economyLinks = {
  export: (list: EconomyExport, r: string | undefined, year?: number) => {
    const query = new URLSearchParams();
    if (r) query.set('region', r);
    if (year) query.set('year', String(year));
    const text = query.toString();
    return `/api/v1/economy/exports/${list}${text ? `?${text}` : ''}`;
  },
  statement: (village: string, year: number) =>
    `/api/v1/economy/statement?${new URLSearchParams({ village, year: String(year) }).toString()}`,
};
