// Shapes of the case API, derived from the routes' response schemas
// (src/server/modules/cases/views.ts is the source of truth; type imports only, erased from the bundle).
import type { z } from 'zod';
import type {
  callView,
  caseDetailView,
  caseEventView,
  attachmentStoredView,
  caseItemView,
  caseListView,
  caseOwnerView,
  caseStatsView,
  caseTypeView,
  catalogView,
  inboxView,
  ratesView,
  receptionDaysView,
  receptionDayView,
  wishWallView,
} from '../../server/modules/cases/views.ts';
import type {
  caseActionBody,
  caseTypeBody,
  listCasesQuery,
  newCaseBody,
  receptionDayBody,
} from '../../server/modules/cases/schema.ts';
import { request } from './client.ts';
import type { QueryOf } from './endpoints.ts';

export type CaseOwner = z.infer<typeof caseOwnerView>;
export type CaseItem = z.infer<typeof caseItemView>;
export type CaseList = z.infer<typeof caseListView>;
export type CaseEvent = z.infer<typeof caseEventView>;
export type CaseDetail = z.infer<typeof caseDetailView>;
export type CaseType = z.infer<typeof caseTypeView>;
export type Catalog = z.infer<typeof catalogView>;
export type Rates = z.infer<typeof ratesView>;
export type CaseStats = z.infer<typeof caseStatsView>;
export type WishWall = z.infer<typeof wishWallView>;
export type WallItem = WishWall['items'][number];
export type ReceptionDay = z.infer<typeof receptionDayView>;
export type ReceptionDays = z.infer<typeof receptionDaysView>;
export type Inbox = z.infer<typeof inboxView>;
export type CallAnswer = z.infer<typeof callView>;
export type StoredAttachment = z.infer<typeof attachmentStoredView>;
export type CaseListQuery = QueryOf<typeof listCasesQuery>;
export type CaseView = NonNullable<CaseListQuery['view']>;
/** The bodies the case forms send (before the server normalizes them). */
export type NewCase = z.input<typeof newCaseBody>;
export type CaseAction = z.input<typeof caseActionBody>;
export type CaseTypeEdit = z.input<typeof caseTypeBody>;
export type Announcement = z.input<typeof receptionDayBody>;

export const caseApi = {
  list: (query: CaseListQuery, signal?: AbortSignal) =>
    request<CaseList>('/api/v1/cases', { query, signal }),
  get: (id: string, signal?: AbortSignal) => request<CaseDetail>(`/api/v1/cases/${id}`, { signal }),
  create: (body: NewCase) => request<CaseDetail>('/api/v1/cases', { method: 'POST', body }),
  act: (id: string, body: CaseAction) =>
    request<CaseDetail>(`/api/v1/cases/${id}/actions`, { method: 'POST', body }),
  /** The requester's phone, for the handler to call (audited as a reveal). */
  call: (id: string) => request<CallAnswer>(`/api/v1/cases/${id}/call`, { method: 'POST' }),
  attach: (id: string, file: File) =>
    request<StoredAttachment>(`/api/v1/cases/${id}/attachments`, {
      method: 'POST',
      query: { name: file.name },
      file: { data: file, contentType: file.type },
    }),
  attachmentUrl: (id: string, attachmentId: string) =>
    `/api/v1/cases/${id}/attachments/${attachmentId}`,
  types: (signal?: AbortSignal) => request<Catalog>('/api/v1/case-types', { signal }),
  putType: (code: string, body: CaseTypeEdit) =>
    request<CaseType>(`/api/v1/case-types/${code}`, { method: 'PUT', body }),
  /** Rates of the region (default: the caller's scope) for cases received in the days given. */
  stats: (query: { region?: string; from?: string; to?: string }, signal?: AbortSignal) =>
    request<CaseStats>('/api/v1/case-stats', { query, signal }),
  inbox: (signal?: AbortSignal) => request<Inbox>('/api/v1/inbox', { signal }),
  read: (id: string) => request<void>(`/api/v1/inbox/${id}/read`, { method: 'POST' }),
  receptionDays: (signal?: AbortSignal) =>
    request<ReceptionDays>('/api/v1/reception-days', { signal }),
  announce: (body: Announcement) =>
    request<ReceptionDay>('/api/v1/reception-days', { method: 'POST', body }),
  /** Without a region: every place the caller reads (a unit's or a union's villages). */
  wall: (region: string | undefined, signal?: AbortSignal) =>
    request<WishWall>('/api/v1/wishes/wall', { query: { region }, signal }),
};
