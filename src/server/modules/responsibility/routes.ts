import { defineRoute } from '../../platform/route.ts';
import { coverageOf } from './coverage.ts';
import { myHouseholds } from './mine.ts';
import { coverageQuery, coverageResponse, myHouseholdsResponse } from './schema.ts';

export const responsibilityRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/responsibility/coverage',
    summary: '五级联包覆盖报告 / Coverage report of the responsibility tree',
    tag: 'directory',
    auth: 'session',
    permission: 'directory.read',
    query: coverageQuery,
    response: coverageResponse,
    handler: ({ ctx, query }) => coverageOf(ctx, query.region, query.maxHouseholds),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/me/households',
    summary: '我联系的户与我家 / My contact households and my own household',
    tag: 'directory',
    auth: 'session',
    response: myHouseholdsResponse,
    handler: ({ ctx }) => myHouseholds(ctx),
  }),
];
