import { DOCX_TYPE, fileResponse, sendBuiltFile } from '../../platform/responses.ts';
import { defineRoute } from '../../platform/route.ts';
import { bulletin } from './bulletin.ts';
import { insightOverview } from './overview.ts';
import { bulletinQuery, overviewQuery, targetsQuery } from './schema.ts';
import { targetGauges } from './targets.ts';
import { overviewView, targetsView } from './views.ts';

const tag = 'insights';

export const insightRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/insights/overview',
    summary:
      '大屏：一个地区的年度汇总、月度走势、下级与村点（读汇总表）/ Region dashboard from roll-ups',
    tag,
    auth: 'session',
    reads: 'replica',
    permission: 'evaluation.read',
    query: overviewQuery,
    response: overviewView,
    handler: async ({ ctx, query }) => insightOverview(ctx, query),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/insights/targets',
    summary:
      '大屏目标进度：三星以上占比、化解率、办结率、满意率、履职完成率与目标 / Target progress gauges',
    tag,
    auth: 'session',
    reads: 'replica',
    permission: 'evaluation.read',
    query: targetsQuery,
    response: targetsView,
    handler: async ({ ctx, query }) => targetGauges(ctx, query),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/insights/bulletin',
    summary: '月度、季度工作通报 .docx（来自汇总与预警）/ The monthly or quarterly bulletin',
    tag,
    auth: 'session',
    reads: 'replica',
    permission: 'evaluation.read',
    query: bulletinQuery,
    response: fileResponse([DOCX_TYPE]),
    handler: ({ ctx, query, reply }) => sendBuiltFile(reply, DOCX_TYPE, () => bulletin(ctx, query)),
  }),
];
