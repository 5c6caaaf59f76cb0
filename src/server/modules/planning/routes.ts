import { defineRoute } from '../../platform/route.ts';
import { adoptPairings, listPairings } from './pairingAdoption.ts';
import { startPairingPlan } from './pairingPlanning.ts';
import {
  adoptPairingsBody,
  adoptUnionsBody,
  checkUnionsBody,
  jobStarted,
  planPairingsBody,
  planUnionsBody,
  regionQuery,
} from './schema.ts';
import { adoptUnions } from './unionAdoption.ts';
import { checkUnions, startUnionPlan } from './unionPlanning.ts';
import { pairingList, pairingsAdoptedView, unionCheckView, unionsAdoptedView } from './views.ts';

export const planningRoutes = [
  defineRoute({
    method: 'POST',
    url: '/api/v1/planning/unions',
    summary: '跨村联建方案（后台任务）/ Plan village unions (background job)',
    tag: 'planning',
    auth: 'session',
    permission: 'planning.run',
    body: planUnionsBody,
    response: jobStarted,
    successStatus: 202,
    // The job outlives the request: it cannot join an idempotency transaction.
    idempotent: false,
    handler: ({ ctx, body }) => startUnionPlan(ctx, body),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/planning/unions/check',
    summary: '复核调整后的联建方案 / Recheck edited unions',
    tag: 'planning',
    auth: 'session',
    permission: 'planning.run',
    body: checkUnionsBody,
    response: unionCheckView,
    handler: ({ ctx, body }) => checkUnions(ctx, body),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/planning/unions/adopt',
    summary: '采纳联建方案 / Adopt unions',
    tag: 'planning',
    auth: 'session',
    permission: 'planning.run',
    body: adoptUnionsBody,
    response: unionsAdoptedView,
    successStatus: 201,
    handler: ({ ctx, body }) => adoptUnions(ctx, body),
  }),

  defineRoute({
    method: 'POST',
    url: '/api/v1/planning/pairings',
    summary: '结对共建方案（后台任务）/ Plan unit–village pairings (background job)',
    tag: 'planning',
    auth: 'session',
    permission: 'planning.run',
    body: planPairingsBody,
    response: jobStarted,
    successStatus: 202,
    idempotent: false,
    handler: ({ ctx, body }) => startPairingPlan(ctx, body),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/planning/pairings/adopt',
    summary: '采纳结对方案 / Adopt pairings',
    tag: 'planning',
    auth: 'session',
    permission: 'planning.run',
    body: adoptPairingsBody,
    response: pairingsAdoptedView,
    successStatus: 201,
    handler: ({ ctx, body }) => adoptPairings(ctx, body),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/pairings',
    summary: '已采纳的结对共建 / Adopted pairings',
    tag: 'planning',
    auth: 'session',
    permission: 'directory.read',
    query: regionQuery,
    response: pairingList,
    handler: ({ ctx, query }) => listPairings(ctx, query.region),
  }),
];
