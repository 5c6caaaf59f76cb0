import { request } from './client.ts';
import type {
  JobStarted,
  UnionCheck,
  UnionDraft,
  UnionList,
  UnionRules,
  UnionsAdopted,
} from './planningTypes.ts';

export const planningApi = {
  planUnions: (region: string, rules: Partial<UnionRules>, timeLimitSeconds: number) =>
    request<JobStarted>('/api/v1/planning/unions', {
      method: 'POST',
      body: { region, rules, timeLimitSeconds },
    }),
  checkUnions: (
    region: string,
    rules: Partial<UnionRules>,
    unions: UnionDraft[],
    signal?: AbortSignal,
  ) =>
    request<UnionCheck>('/api/v1/planning/unions/check', {
      method: 'POST',
      body: { region, rules, unions },
      signal,
    }),
  adoptUnions: (region: string, rules: Partial<UnionRules>, unions: UnionDraft[]) =>
    request<UnionsAdopted>('/api/v1/planning/unions/adopt', {
      method: 'POST',
      body: { region, rules, unions },
    }),
  unions: (region: string, signal?: AbortSignal) =>
    request<UnionList>('/api/v1/unions', { query: { region }, signal }),
};
