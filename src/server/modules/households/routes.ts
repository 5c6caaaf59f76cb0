import { defineRoute } from '../../platform/route.ts';
import { householdDetail, householdPage, householdParams, listHouseholdsQuery } from './schema.ts';
import { getHousehold, listHouseholds } from './service.ts';

export const householdRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/households',
    summary: '户列表（按户主拼音、身份证号、手机号搜索）/ List households',
    tag: 'directory',
    auth: 'session',
    permission: 'directory.read',
    query: listHouseholdsQuery,
    response: householdPage,
    handler: ({ ctx, query }) => listHouseholds(ctx, query),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/households/:id',
    summary:
      '户详情：成员、五级联包责任链、1+1+N 联系人 / Household detail with its responsibility chain',
    tag: 'directory',
    auth: 'session',
    permission: 'directory.read',
    params: householdParams,
    response: householdDetail,
    handler: ({ ctx, params }) => getHousehold(ctx, params.id),
  }),
];
