import { z } from 'zod';
import { SUBJECT_KINDS } from '../../../domain/obligations/rules.ts';
import { defineRoute, OWN_RECORDS } from '../../platform/route.ts';
// Registers 结对与联户义务完成率 with the evaluation metric registry.
import './metrics.ts';
import { getActivity, listActivities, recordActivity } from './activities.ts';
import { evidenceRoutes } from './evidenceRoutes.ts';
import { pairingRoutes } from './pairingRoutes.ts';
import { complianceBoard } from './compliance.ts';
import { myObligations, subjectCompliance } from './subjectCompliance.ts';
import { ACTIVITY_POLICY } from './policy.ts';
import { countyOf, createRule, effectiveRules, loadPresets, updateRule } from './rules.ts';
import {
  activityParams,
  boardQuery,
  countyQuery,
  listActivitiesQuery,
  recordActivityBody,
  ruleBody,
  ruleParams,
  updateRuleBody,
} from './schema.ts';
import {
  activityPage,
  activityView,
  boardView,
  myObligationsView,
  ruleList,
  ruleView,
  subjectComplianceView,
} from './views.ts';

const tag = 'obligations';
const subjectParams = z.strictObject({
  kind: z.enum(SUBJECT_KINDS),
  id: z.string().min(1).max(40),
});
const yearQuery = z.strictObject({ year: z.coerce.number().int().min(2000).max(2100).optional() });

export const obligationRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/obligations/rules',
    summary: '履职规则（五个一等）/ Obligation rules of a county',
    tag,
    auth: 'session',
    permission: 'obligations.read',
    query: countyQuery,
    response: ruleList,
    handler: async ({ ctx, query }) => ({
      items: await effectiveRules(ctx, countyOf(ctx, query.county, 'obligations.read')),
    }),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/obligations/rules/presets',
    summary: '按预设建立本县规则 / Store the presets as the county’s rules',
    tag,
    auth: 'session',
    permission: 'obligations.configure',
    query: countyQuery,
    response: ruleList,
    handler: ({ ctx, query }) =>
      loadPresets(ctx, countyOf(ctx, query.county, 'obligations.configure')),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/obligations/rules',
    summary: '新增履职规则 / Add an obligation rule',
    tag,
    auth: 'session',
    permission: 'obligations.configure',
    query: countyQuery,
    body: ruleBody,
    response: ruleView,
    successStatus: 201,
    handler: ({ ctx, query, body }) =>
      createRule(ctx, countyOf(ctx, query.county, 'obligations.configure'), body),
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/v1/obligations/rules/:id',
    summary: '修改履职规则 / Edit an obligation rule',
    tag,
    auth: 'session',
    permission: 'obligations.configure',
    params: ruleParams,
    query: countyQuery,
    body: updateRuleBody,
    response: ruleView,
    handler: ({ ctx, params, query, body }) =>
      updateRule(ctx, countyOf(ctx, query.county, 'obligations.configure'), params.id, body),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/activities',
    summary: '活动记录 / Activities',
    tag,
    auth: 'session',
    policy: ACTIVITY_POLICY,
    query: listActivitiesQuery,
    response: activityPage,
    handler: ({ ctx, query }) => listActivities(ctx, query),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/activities',
    summary: '记录一次活动 / Record an activity',
    tag,
    auth: 'session',
    policy: ACTIVITY_POLICY,
    body: recordActivityBody,
    response: activityView,
    successStatus: 201,
    handler: ({ ctx, body }) => recordActivity(ctx, body),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/activities/:id',
    summary: '活动详情 / One activity',
    tag,
    auth: 'session',
    policy: ACTIVITY_POLICY,
    params: activityParams,
    response: activityView,
    handler: ({ ctx, params }) => getActivity(ctx, params.id),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/obligations/board',
    summary: '履职看板 / Compliance board with drill-down and laggards',
    tag,
    auth: 'session',
    reads: 'replica',
    permission: 'obligations.read',
    query: boardQuery,
    response: boardView,
    handler: ({ ctx, query }) => complianceBoard(ctx, query),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/obligations/subjects/:kind/:id',
    summary: '一个结对/联建/村的逐期履职 / One subject’s compliance, period by period',
    tag,
    auth: 'session',
    policy: ACTIVITY_POLICY,
    params: subjectParams,
    query: yearQuery,
    response: subjectComplianceView,
    handler: ({ ctx, params, query }) => subjectCompliance(ctx, params.kind, params.id, query.year),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/obligations/mine',
    summary: '我的履职（本期）/ My obligations this period',
    tag,
    auth: 'session',
    policy: OWN_RECORDS,
    response: myObligationsView,
    handler: ({ ctx }) => myObligations(ctx),
  }),
  ...pairingRoutes,
  ...evidenceRoutes,
];
