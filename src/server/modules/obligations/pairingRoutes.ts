import { noContent } from '../../platform/responses.ts';
import { defineRoute } from '../../platform/route.ts';
import { getPairing, listPairings } from './pairings.ts';
import {
  listPairingsQuery,
  pairingParams,
  planItemBody,
  planItemParams,
  updatePlanItemBody,
} from './pairingSchema.ts';
import { pairingDetail, pairingPage, planItemView } from './pairingViews.ts';
import { createPlanItem, deletePlanItem, updatePlanItem } from './planItems.ts';
import { PAIRING_POLICY } from './policy.ts';

const tag = 'obligations';

/** 结对共建: the pairings in scope, one pairing whole, and its work plan's items. */
export const pairingRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/obligations/pairings',
    summary: '结对共建（分页、含工作方案与活动数）/ Pairings the caller works on or oversees',
    tag,
    auth: 'session',
    policy: PAIRING_POLICY,
    query: listPairingsQuery,
    response: pairingPage,
    handler: ({ ctx, query }) => listPairings(ctx, query),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/pairings/:id',
    summary: '结对详情：工作方案、1+1+N 联户、近期活动 / One pairing with its work plan',
    tag,
    auth: 'session',
    policy: PAIRING_POLICY,
    params: pairingParams,
    response: pairingDetail,
    handler: ({ ctx, params }) => getPairing(ctx, params.id),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/pairings/:id/plan-items',
    summary: '新增工作方案事项 / Add a work-plan item',
    tag,
    auth: 'session',
    policy: PAIRING_POLICY,
    params: pairingParams,
    body: planItemBody,
    response: planItemView,
    successStatus: 201,
    handler: ({ ctx, params, body }) => createPlanItem(ctx, params.id, body),
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/v1/pairings/:id/plan-items/:itemId',
    summary: '修改工作方案事项 / Edit a work-plan item',
    tag,
    auth: 'session',
    policy: PAIRING_POLICY,
    params: planItemParams,
    body: updatePlanItemBody,
    response: planItemView,
    handler: ({ ctx, params, body }) => updatePlanItem(ctx, params.id, params.itemId, body),
  }),
  defineRoute({
    method: 'DELETE',
    url: '/api/v1/pairings/:id/plan-items/:itemId',
    summary: '删除未开展的工作方案事项 / Remove a work-plan item nothing was recorded for',
    tag,
    auth: 'session',
    policy: PAIRING_POLICY,
    params: planItemParams,
    response: noContent,
    handler: ({ ctx, params }) => deletePlanItem(ctx, params.id, params.itemId),
  }),
];
