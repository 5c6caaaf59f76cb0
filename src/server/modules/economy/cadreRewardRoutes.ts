import { defineRoute } from '../../platform/route.ts';
import { cadreRewardNotice } from './cadreRewardNotice.ts';
import { rewardPoolOf } from './cadreRewardPool.ts';
import { getRewardRule, setRewardRule } from './cadreRewardRules.ts';
import {
  decideCadreReward,
  getCadreReward,
  listCadreRewards,
  proposeCadreReward,
} from './cadreRewards.ts';
import {
  cadreRewardBody,
  cadreRewardList,
  cadreRewardView,
  rewardDecisionBody,
  rewardNotice,
  rewardPoolQuery,
  rewardPoolView,
  rewardRuleAnswer,
  rewardRuleBody,
  rewardRuleParams,
  rewardRuleView,
} from './cadreRewardSchema.ts';
import { ECONOMY_POLICY } from './policy.ts';
import { idParams, regionQuery } from './schema.ts';

// 干部奖励 (issue 13 part 7): the county's rule per year, a village's pool from its income
// increment, the village's proposal, the township's decision, and the village's notice.

const tag = 'economy';
const policy = ECONOMY_POLICY;
const auth = 'session' as const;

export const cadreRewardRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/economy/counties/:county/reward-rules/:year',
    summary: '干部奖励规则 / A county’s cadre reward rule for a year (null when unset)',
    tag,
    auth,
    policy,
    params: rewardRuleParams,
    response: rewardRuleAnswer,
    handler: ({ ctx, params }) => getRewardRule(ctx, params.county, params.year),
  }),
  defineRoute({
    method: 'PUT',
    url: '/api/v1/economy/counties/:county/reward-rules/:year',
    summary:
      '设定干部奖励规则（增量比例、封顶、分配方式）/ Set the county’s cadre reward rule for a year',
    tag,
    auth,
    policy,
    params: rewardRuleParams,
    body: rewardRuleBody,
    response: rewardRuleView,
    handler: ({ ctx, params, body }) => setRewardRule(ctx, params.county, params.year, body),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/economy/cadre-rewards/pool',
    summary:
      '奖励资金池（本年、上年收入与增量，来自台账）/ A village’s reward pool from its income increment',
    tag,
    auth,
    policy,
    query: rewardPoolQuery,
    response: rewardPoolView,
    handler: ({ ctx, query }) => rewardPoolOf(ctx, query.village, query.year),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/economy/cadre-rewards',
    summary: '干部奖励 / Cadre rewards of the villages in scope',
    tag,
    auth,
    policy,
    query: regionQuery,
    response: cadreRewardList,
    handler: ({ ctx, query }) => listCadreRewards(ctx, query.region),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/economy/cadre-rewards',
    summary: '提出干部奖励（按规则计算各人金额）/ Propose a reward for the village’s 两委 cadres',
    tag,
    auth,
    policy,
    body: cadreRewardBody,
    response: cadreRewardView,
    successStatus: 201,
    handler: ({ ctx, body }) => proposeCadreReward(ctx, body),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/economy/cadre-rewards/:id',
    summary: '干部奖励及各人金额 / A cadre reward with each cadre’s amount',
    tag,
    auth,
    policy,
    params: idParams,
    response: cadreRewardView,
    handler: ({ ctx, params }) => getCadreReward(ctx, params.id),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/economy/cadre-rewards/:id/decision',
    summary: '乡镇审批干部奖励（通过或退回并说明）/ The township approves or rejects a reward',
    tag,
    auth,
    policy,
    params: idParams,
    body: rewardDecisionBody,
    response: cadreRewardView,
    handler: ({ ctx, params, body }) => decideCadreReward(ctx, params.id, body),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/me/cadre-rewards',
    summary: '村务公开：干部奖励 / The approved cadre rewards of my village',
    tag,
    auth,
    policy:
      'economy/cadreRewardNotice.ts — the village of the caller’s own household only, approved rewards only',
    response: rewardNotice,
    handler: ({ ctx }) => cadreRewardNotice(ctx),
  }),
];
