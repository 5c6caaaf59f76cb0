import { defineRoute } from '../../platform/route.ts';
import {
  createPersonBody,
  listPersonsQuery,
  personDetail,
  personPage,
  personParams,
  searchPersonsBody,
  updatePersonBody,
} from './schema.ts';
import { getPerson, listPersons } from './service.ts';
import { createPerson, updatePerson } from './write.ts';

export const personRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/persons',
    summary:
      '人员列表（拼音、姓名搜索；号码请用 /persons/search）/ List persons (pinyin or name search)',
    tag: 'directory',
    auth: 'session',
    permission: 'directory.read',
    query: listPersonsQuery,
    response: personPage,
    handler: ({ ctx, query }) => listPersons(ctx, query),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/persons/search',
    summary:
      '按身份证号、手机号等搜索人员（号码放在请求体，不进网址与日志）/ Search persons (numbers in the body)',
    tag: 'directory',
    auth: 'session',
    permission: 'directory.read',
    body: searchPersonsBody,
    response: personPage,
    // A read: nothing to replay.
    idempotent: false,
    handler: ({ ctx, body }) => listPersons(ctx, body),
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

  defineRoute({
    method: 'POST',
    url: '/api/v1/persons',
    summary: '登记人员（校验身份证号）/ Register a person (ID number checked)',
    tag: 'directory',
    auth: 'session',
    permission: 'directory.write',
    body: createPersonBody,
    response: personDetail,
    successStatus: 201,
    handler: ({ ctx, body }) => createPerson(ctx, body),
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/v1/persons/:id',
    summary: '修改人员信息 / Edit a person',
    tag: 'directory',
    auth: 'session',
    permission: 'directory.write',
    params: personParams,
    body: updatePersonBody,
    response: personDetail,
    handler: ({ ctx, params, body }) => updatePerson(ctx, params.id, body),
  }),
];
