import type { z } from 'zod';
import type {
  cadreRewardList,
  cadreRewardView,
  rewardNotice,
  rewardPoolView,
  rewardRuleAnswer,
  rewardRuleBody,
  rewardRuleView,
} from '../../../server/modules/economy/cadreRewardSchema.ts';
import { request } from '../../api/client.ts';

// Shapes of the 干部奖励 routes: derived from their response schemas (type imports only).
export type RewardRuleAnswer = z.infer<typeof rewardRuleAnswer>;
export type RewardRule = z.infer<typeof rewardRuleView>;
export type RewardRuleBody = z.infer<typeof rewardRuleBody>;
export type RewardPool = z.infer<typeof rewardPoolView>;
export type CadreRewardList = z.infer<typeof cadreRewardList>;
export type CadreReward = z.infer<typeof cadreRewardView>;
export type RewardNotice = z.infer<typeof rewardNotice>;

const rule = (county: string, year: number) =>
  `/api/v1/economy/counties/${encodeURIComponent(county)}/reward-rules/${year}`;
const reward = (id: string, step = '') =>
  `/api/v1/economy/cadre-rewards/${encodeURIComponent(id)}${step}`;

export const cadreRewardApi = {
  rule: (county: string, year: number, signal?: AbortSignal) =>
    request<RewardRuleAnswer>(rule(county, year), { signal }),
  setRule: (county: string, year: number, body: RewardRuleBody) =>
    request<RewardRule>(rule(county, year), { method: 'PUT', body }),
  pool: (village: string, year: number, signal?: AbortSignal) =>
    request<RewardPool>('/api/v1/economy/cadre-rewards/pool', {
      query: { village, year: String(year) },
      signal,
    }),
  list: (region: string | undefined, signal?: AbortSignal) =>
    request<CadreRewardList>('/api/v1/economy/cadre-rewards', {
      query: region ? { region } : {},
      signal,
    }),
  get: (id: string, signal?: AbortSignal) => request<CadreReward>(reward(id), { signal }),
  propose: (body: { village: string; year: number; cadres: string[] }) =>
    request<CadreReward>('/api/v1/economy/cadre-rewards', { method: 'POST', body }),
  decide: (id: string, body: { approve: boolean; note?: string }) =>
    request<CadreReward>(reward(id, '/decision'), { method: 'POST', body }),
  notice: (signal?: AbortSignal) => request<RewardNotice>('/api/v1/me/cadre-rewards', { signal }),
};
