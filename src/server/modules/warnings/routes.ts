import { defineRoute } from '../../platform/route.ts';
import { decideWarning, listWarnings } from './center.ts';
import { warningDecisionBody, warningParams, warningsQuery } from './schema.ts';
import { warningPage, warningView } from './views.ts';

// 预警中心: warnings computed from the records, and the cadres' 知悉 / 已处理 on them.
const tag = 'warnings';

export const warningRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/warnings',
    summary: '预警中心：一个地区需要关注的事项及其原因 / The warnings of a region',
    tag,
    auth: 'session',
    reads: 'replica',
    permission: 'evaluation.read',
    query: warningsQuery,
    response: warningPage,
    handler: ({ ctx, query }) => listWarnings(ctx, query),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/warnings/:key/decision',
    summary: '预警：知悉或已处理（附说明）/ Acknowledge or resolve a warning with a note',
    tag,
    auth: 'session',
    permission: 'evaluation.review',
    params: warningParams,
    body: warningDecisionBody,
    response: warningView,
    handler: ({ ctx, params, body }) => decideWarning(ctx, params.key, body),
  }),
];
