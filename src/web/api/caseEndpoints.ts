import { request } from './client.ts';

export interface CaseOwner {
  kind: 'person' | 'region' | 'unit';
  id: string;
  step: string;
  name: string | null;
}
export interface CaseItem {
  id: string;
  regionCode: string;
  typeCode: string;
  kind: string;
  channel: string;
  state: string;
  title: string;
  owner: CaseOwner;
  dueAt: string | null;
  overdue: boolean;
  rating: number | null;
  escalations: number;
  createdAt: string;
}
export interface CaseEvent {
  id: string;
  type: string;
  fromState: string | null;
  toState: string;
  ownerStep: string;
  ownerName: string | null;
  note: string | null;
  data: Record<string, unknown> | null;
  at: string;
}
export interface CaseDetail extends CaseItem {
  description: string;
  place: string | null;
  fields: Record<string, unknown>;
  details: Record<string, unknown>;
  requester: { personId: string | null; name: string | null };
  events: CaseEvent[];
  attachments: { id: string; name: string; contentType: string; size: number }[];
  can: { handle: boolean; confirm: boolean; rate: boolean };
}
export interface CaseType {
  code: string;
  name: { zh: string; en: string };
  kind: string;
  group: string;
  fields: {
    code: string;
    label: { zh: string; en: string };
    type: string;
    required: boolean;
    options?: string[];
  }[];
  handler: string;
  departmentName?: string;
  ladder: string[];
  slaHours: number;
  autoConfirmDays: number;
  open311: boolean;
  active: boolean;
}
export interface Rates {
  total: number;
  resolved: number;
  onTime: number;
  rated: number;
  avgRating: number | null;
  autoConfirmed: number;
  escalated: number;
  resolutionRate: number | null;
  onTimeRate: number | null;
  satisfactionRate: number | null;
}
export interface CaseStats {
  overall: Rates;
  byRegion: (Rates & { key: string; name: string | null })[];
  byCategory: (Rates & { key: string; kind: string })[];
  byOwnerStep: (Rates & { key: string })[];
  byOwner: (Rates & { key: string; owner: CaseOwner })[];
  escalationsByLevel: { toStep: string; reason: string; count: number }[];
  disputes: {
    found: number;
    resolved: number;
    rate: number | null;
    sweeps: { rounds: number; personTimes: number; found: number };
  };
}
export interface WallItem {
  id: string;
  title: string;
  wisher: string;
  claimed: boolean;
  claimedByTeam: string | null;
  fulfilled: boolean;
  createdOn: string;
}

export interface ReceptionDay {
  id: string;
  regionCode: string;
  date: string;
  time: string;
  place: string;
  deputies: string[];
  announcedAt: string;
}

export const caseApi = {
  list: (
    query: { view: string; page?: number; pageSize?: number; state?: string },
    signal?: AbortSignal,
  ) => request<{ items: CaseItem[]; total: number }>('/api/v1/cases', { query, signal }),
  get: (id: string, signal?: AbortSignal) => request<CaseDetail>(`/api/v1/cases/${id}`, { signal }),
  create: (body: Record<string, unknown>) =>
    request<CaseDetail>('/api/v1/cases', { method: 'POST', body }),
  act: (id: string, body: Record<string, unknown>) =>
    request<CaseDetail>(`/api/v1/cases/${id}/actions`, { method: 'POST', body }),
  types: (signal?: AbortSignal) =>
    request<{ county: string; items: CaseType[] }>('/api/v1/case-types', { signal }),
  putType: (code: string, body: Omit<CaseType, 'code'>) =>
    request<CaseType>(`/api/v1/case-types/${code}`, { method: 'PUT', body }),
  stats: (signal?: AbortSignal) => request<CaseStats>('/api/v1/case-stats', { signal }),
  inbox: (signal?: AbortSignal) =>
    request<{
      items: {
        id: string;
        caseId: string | null;
        kind: string;
        title: string;
        readAt: string | null;
        createdAt: string;
      }[];
      total: number;
      unread: number;
    }>('/api/v1/inbox', { signal }),
  read: (id: string) => request<void>(`/api/v1/inbox/${id}/read`, { method: 'POST' }),
  receptionDays: (signal?: AbortSignal) =>
    request<{ items: ReceptionDay[]; schedule: { date: string; announceOn: string }[] }>(
      '/api/v1/reception-days',
      { signal },
    ),
  announce: (body: Omit<ReceptionDay, 'id' | 'announcedAt'>) =>
    request<ReceptionDay>('/api/v1/reception-days', { method: 'POST', body }),
  wall: (region: string, signal?: AbortSignal) =>
    request<{ items: WallItem[] }>('/api/v1/wishes/wall', { query: { region }, signal }),
};
