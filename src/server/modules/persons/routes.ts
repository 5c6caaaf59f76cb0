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
import {
  listReferralsQuery,
  referralPage,
  referralParams,
  referralView,
  resolveReferralBody,
} from './referralSchema.ts';
import { listReferrals, resolveReferral } from './referrals.ts';

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
  defineRoute({
    method: 'GET',
    url: '/api/v1/person-referrals',
    summary: '村级无法登记、转乡镇核实的人员 / Persons referred to the township',
    tag: 'directory',
    auth: 'session',
    permission: 'directory.write',
    query: listReferralsQuery,
    response: referralPage,
    handler: ({ ctx, query }) => listReferrals(ctx, query),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/person-referrals/:id/resolve',
    summary: '乡镇处理转办：迁入该村或驳回 / Resolve a referral: move the person or reject',
    tag: 'directory',
    auth: 'session',
    permission: 'directory.write',
    params: referralParams,
    body: resolveReferralBody,
    response: referralView,
    handler: ({ ctx, params, body }) => resolveReferral(ctx, params.id, body.resolution),
  }),
];
