import { defineRoute } from '../../platform/route.ts';
import { listPersonsQuery, personDetail, personParams } from './schema.ts';
import { getPerson, listPersons } from './service.ts';

export const personRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/persons',
    summary: '人员列表（支持拼音、身份证号、手机号搜索）/ List persons (pinyin, ID number or phone search)',
    tag: 'directory',
    auth: 'session',
    permission: 'directory.read',
    query: listPersonsQuery,
    handler: ({ ctx, query }) => listPersons(ctx, query),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/persons/:id',
    summary: '人员详情（敏感字段脱敏）/ Person detail (masked)',
    tag: 'directory',
    auth: 'session',
    permission: 'directory.read',
    params: personParams,
    response: personDetail,
    handler: ({ ctx, params }) => getPerson(ctx, params.id),
  }),
];
