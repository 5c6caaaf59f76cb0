import type { z } from 'zod';
import type {
  activityPage,
  activityView,
  boardView,
  myObligationsView,
  ruleList,
  subjectComplianceView,
} from '../../server/modules/obligations/views.ts';
import { request } from './client.ts';

// Shapes of /api/v1/obligations and /api/v1/activities: derived from the routes' response schemas
// (server/modules/obligations/views.ts, type imports only), never copied.
export type Activity = z.infer<typeof activityView>;
export type ActivityPage = z.infer<typeof activityPage>;
export type Board = z.infer<typeof boardView>;
export type SubjectCompliance = z.infer<typeof subjectComplianceView>;
export type JudgedPeriod = SubjectCompliance['periods'][number];
export type MyObligations = z.infer<typeof myObligationsView>;
export type MySubject = MyObligations['subjects'][number];
export type RuleList = z.infer<typeof ruleList>;
export type SubjectKind = Board['subjectKind'];

export interface ActivityFilters {
  region?: string | undefined;
  subjectKind?: SubjectKind | undefined;
  subjectId?: string | undefined;
  household?: string | undefined;
  type?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  page?: number;
  pageSize?: number;
}

/** Where an activity's evidence file is shown (inline: photos and PDFs open in the browser). */
export const evidenceUrl = (activityId: string, evidenceId: string) =>
  `/api/v1/activities/${activityId}/evidence/${evidenceId}`;

export const obligationApi = {
  board: (
    q: { region?: string | undefined; subjectKind: SubjectKind; year?: number | undefined },
    signal?: AbortSignal,
  ) => request<Board>('/api/v1/obligations/board', { query: q, signal }),
  subject: (kind: SubjectKind, id: string, year: number | undefined, signal?: AbortSignal) =>
    request<SubjectCompliance>(`/api/v1/obligations/subjects/${kind}/${id}`, {
      query: { year },
      signal,
    }),
  mine: (signal?: AbortSignal) => request<MyObligations>('/api/v1/obligations/mine', { signal }),
  rules: (signal?: AbortSignal) => request<RuleList>('/api/v1/obligations/rules', { signal }),
  activities: (q: ActivityFilters, signal?: AbortSignal) =>
    request<ActivityPage>('/api/v1/activities', { query: { ...q }, signal }),
  addEvidence: (activityId: string, file: File) =>
    request<Activity['evidence'][number]>(`/api/v1/activities/${activityId}/evidence`, {
      method: 'POST',
      query: { name: file.name.slice(-120) },
      file: { data: file, contentType: file.type },
    }),
};
