import type { z } from 'zod';
import type {
  claimBody,
  decisionBody,
  openRoundBody,
  targetBody,
} from '../../server/modules/evaluation/schema.ts';
import type { evaluationListView } from '../../server/modules/evaluation/detailViews.ts';
import type {
  noticeListView,
  settingsView,
  targetView,
} from '../../server/modules/evaluation/progressViews.ts';
import type {
  awardedView,
  claimedView,
  decidedView,
  evidenceView,
  objectionAnsweredView,
  objectionFiledView,
  openedRoundView,
  roundListView,
  schemeListView,
  vetoDecidedView,
  vetoRecordedView,
} from '../../server/modules/evaluation/views.ts';
import { request } from './client.ts';
import type {
  Board,
  EvaluationDetail,
  Progress,
  SchemeDefinition,
  SchemeItem,
} from './evaluationTypes.ts';

const base = '/api/v1/evaluation';
export const evaluationApi = {
  schemes: (signal?: AbortSignal) =>
    request<z.infer<typeof schemeListView>>(`${base}/schemes`, { signal }),
  copyScheme: (copyOf: string, key: string, name: string) =>
    request<SchemeItem>(`${base}/schemes`, { method: 'POST', body: { copyOf, key, name } }),
  createScheme: (definition: SchemeDefinition) =>
    request<SchemeItem>(`${base}/schemes`, { method: 'POST', body: { definition } }),
  editScheme: (id: string, definition: SchemeDefinition) =>
    request<SchemeItem>(`${base}/schemes/${id}`, { method: 'PUT', body: { definition } }),
  rounds: (signal?: AbortSignal) =>
    request<z.infer<typeof roundListView>>(`${base}/rounds`, { signal }),
  openRound: (body: z.input<typeof openRoundBody>) =>
    request<z.infer<typeof openedRoundView>>(`${base}/rounds`, { method: 'POST', body }),
  board: (id: string, signal?: AbortSignal) => request<Board>(`${base}/rounds/${id}`, { signal }),
  detail: (id: string, signal?: AbortSignal) =>
    request<EvaluationDetail>(`${base}/evaluations/${id}`, { signal }),
  mine: (signal?: AbortSignal) =>
    request<z.infer<typeof evaluationListView>>(`${base}/mine`, { signal }),
  claim: (id: string, body: z.input<typeof claimBody>) =>
    request<z.infer<typeof claimedView>>(`${base}/evaluations/${id}/claim`, {
      method: 'POST',
      body,
    }),
  uploadEvidence: (id: string, file: File) =>
    request<z.infer<typeof evidenceView>>(`${base}/evaluations/${id}/evidence`, {
      method: 'POST',
      query: { name: file.name },
      file: { data: file, contentType: file.type || 'application/octet-stream' },
    }),
  decide: (id: string, body: z.input<typeof decisionBody>) =>
    request<z.infer<typeof decidedView>>(`${base}/evaluations/${id}/decisions`, {
      method: 'POST',
      body,
    }),
  award: (id: string) =>
    request<z.infer<typeof awardedView>>(`${base}/evaluations/${id}/award`, { method: 'POST' }),
  object: (id: string, text: string) =>
    request<z.infer<typeof objectionFiledView>>(`${base}/evaluations/${id}/objections`, {
      method: 'POST',
      body: { text },
    }),
  answer: (id: string, answer: string, upheld: boolean) =>
    request<z.infer<typeof objectionAnsweredView>>(`${base}/objections/${id}/answer`, {
      method: 'POST',
      body: { answer, upheld },
    }),
  recordVeto: (id: string, vetoKey: string, description: string) =>
    request<z.infer<typeof vetoRecordedView>>(`${base}/evaluations/${id}/vetoes`, {
      method: 'POST',
      body: { vetoKey, description },
    }),
  decideVeto: (id: string, remove: boolean, comment: string) =>
    request<z.infer<typeof vetoDecidedView>>(`${base}/vetoes/${id}/decision`, {
      method: 'POST',
      body: { remove, comment },
    }),
  progress: (region: string, scheme: string, period: string, signal?: AbortSignal) =>
    request<Progress>(`${base}/progress`, { query: { region, scheme, period }, signal }),
  setTarget: (body: z.input<typeof targetBody>) =>
    request<z.infer<typeof targetView>>(`${base}/targets`, { method: 'PUT', body }),
  setSettings: (countyCode: string, rankingsEnabled: boolean) =>
    request<z.infer<typeof settingsView>>(`${base}/settings`, {
      method: 'PUT',
      body: { countyCode, rankingsEnabled },
    }),
  notices: (signal?: AbortSignal) =>
    request<z.infer<typeof noticeListView>>('/api/v1/public/notices', { signal }),
};
