import { defineRoute } from '../../platform/route.ts';
import { insightOverview } from './overview.ts';
import { overviewQuery } from './schema.ts';
import { overviewView } from './views.ts';

const tag = 'insights';

export const insightRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/insights/overview',
    summary:
      '大屏：一个地区的年度汇总、月度走势、下级与村点（读汇总表）/ Region dashboard from roll-ups',
    tag,
    auth: 'session',
    permission: 'evaluation.read',
    query: overviewQuery,
    response: overviewView,
    handler: async ({ ctx, query }) => insightOverview(ctx, query),
  }),
];
