import { request } from './client.ts';
import type {
  Board,
  EvaluationDetail,
  NoticeRound,
  Progress,
  RoundItem,
  SchemeDefinition,
  SchemeItem,
} from './evaluationTypes.ts';

const base = '/api/v1/evaluation';
export const evaluationApi = {
  schemes: (signal?: AbortSignal) =>
    request<{ items: SchemeItem[] }>(`${base}/schemes`, { signal }),
  copyScheme: (copyOf: string, key: string, name: string) =>
    request<SchemeItem>(`${base}/schemes`, { method: 'POST', body: { copyOf, key, name } }),
  createScheme: (definition: SchemeDefinition) =>
    request<SchemeItem>(`${base}/schemes`, { method: 'POST', body: { definition } }),
  editScheme: (id: string, definition: SchemeDefinition) =>
    request<SchemeItem>(`${base}/schemes/${id}`, { method: 'PUT', body: { definition } }),
  rounds: (signal?: AbortSignal) => request<{ items: RoundItem[] }>(`${base}/rounds`, { signal }),
  openRound: (body: { schemeId: string; regionCode: string; period: string }) =>
    request<RoundItem>(`${base}/rounds`, { method: 'POST', body }),
  board: (id: string, signal?: AbortSignal) => request<Board>(`${base}/rounds/${id}`, { signal }),
  detail: (id: string, signal?: AbortSignal) =>
    request<EvaluationDetail>(`${base}/evaluations/${id}`, { signal }),
  mine: (signal?: AbortSignal) =>
    request<{ items: EvaluationDetail[] }>(`${base}/mine`, { signal }),
  claim: (
    id: string,
    body: {
      stars: string[];
      answers: Record<string, { done: boolean; evidenceIds: string[] }>;
      metrics: Record<string, { value: number; evidenceIds: string[] }>;
      note: string;
    },
  ) => request<unknown>(`${base}/evaluations/${id}/claim`, { method: 'POST', body }),
  uploadEvidence: (id: string, file: File) =>
    request<{ id: string; name: string }>(`${base}/evaluations/${id}/evidence`, {
      method: 'POST',
      query: { name: file.name },
      file: { data: file, contentType: file.type || 'application/octet-stream' },
    }),
  decide: (
    id: string,
    body: {
      step: string;
      outcome: 'approve' | 'sendBack';
      stars: { key: string; granted: boolean; comment: string }[];
      comment: string;
    },
  ) => request<unknown>(`${base}/evaluations/${id}/decisions`, { method: 'POST', body }),
  award: (id: string) => request<unknown>(`${base}/evaluations/${id}/award`, { method: 'POST' }),
  object: (id: string, text: string) =>
    request<unknown>(`${base}/evaluations/${id}/objections`, { method: 'POST', body: { text } }),
  answer: (id: string, answer: string, upheld: boolean) =>
    request<unknown>(`${base}/objections/${id}/answer`, {
      method: 'POST',
      body: { answer, upheld },
    }),
  recordVeto: (id: string, vetoKey: string, description: string) =>
    request<unknown>(`${base}/evaluations/${id}/vetoes`, {
      method: 'POST',
      body: { vetoKey, description },
    }),
  decideVeto: (id: string, remove: boolean, comment: string) =>
    request<unknown>(`${base}/vetoes/${id}/decision`, {
      method: 'POST',
      body: { remove, comment },
    }),
  progress: (region: string, scheme: string, period: string, signal?: AbortSignal) =>
    request<Progress>(`${base}/progress`, { query: { region, scheme, period }, signal }),
  setTarget: (body: {
    regionCode: string;
    schemeKey: string;
    period: string;
    measure: 'shareAtLeast' | 'countAtLeast';
    level: number;
    value: number;
  }) => request<unknown>(`${base}/targets`, { method: 'PUT', body }),
  setSettings: (countyCode: string, rankingsEnabled: boolean) =>
    request<unknown>(`${base}/settings`, { method: 'PUT', body: { countyCode, rankingsEnabled } }),
  notices: (signal?: AbortSignal) =>
    request<{ items: NoticeRound[] }>('/api/v1/public/notices', { signal }),
};
