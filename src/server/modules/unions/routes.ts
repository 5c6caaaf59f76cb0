import { defineRoute } from '../../platform/route.ts';
import { createUnion } from './createUnion.ts';
import { getUnion } from './detail.ts';
import { listUnions } from './list.ts';
import {
  addVillageBody,
  createUnionBody,
  listUnionsQuery,
  unionParams,
  unionVillageParams,
  updateUnionBody,
} from './schema.ts';
import { updateUnion } from './updateUnion.ts';
import { addUnionVillage, removeUnionVillage } from './unionVillages.ts';
import { unionDetail, unionList } from './views.ts';

const tag = 'unions';

export const unionRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/unions',
    summary: '跨村联建列表 / Unions in scope',
    tag,
    auth: 'session',
    permission: 'directory.read',
    query: listUnionsQuery,
    response: unionList,
    handler: ({ ctx, query }) => listUnions(ctx, query.region),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/unions/:id',
    summary: '联建详情 / A union with its villages, org, officers and history',
    tag,
    auth: 'session',
    permission: 'directory.read',
    params: unionParams,
    response: unionDetail,
    handler: ({ ctx, params }) => getUnion(ctx, params.id),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/unions',
    summary: '新建联建 / Create a union by hand',
    tag,
    auth: 'session',
    permission: 'unions.manage',
    body: createUnionBody,
    response: unionDetail,
    successStatus: 201,
    handler: ({ ctx, body }) => createUnion(ctx, body),
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/v1/unions/:id',
    summary: '修改联建 / Edit a union (name, form, lead, secretary, members)',
    tag,
    auth: 'session',
    permission: 'unions.manage',
    params: unionParams,
    body: updateUnionBody,
    response: unionDetail,
    handler: ({ ctx, params, body }) => updateUnion(ctx, params.id, body),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/unions/:id/villages',
    summary: '联建增加村 / Add a village to a union',
    tag,
    auth: 'session',
    permission: 'unions.manage',
    params: unionParams,
    body: addVillageBody,
    response: unionDetail,
    handler: ({ ctx, params, body }) => addUnionVillage(ctx, params.id, body.code),
  }),
  defineRoute({
    method: 'DELETE',
    url: '/api/v1/unions/:id/villages/:code',
    summary: '联建移出村 / Remove a village from a union',
    tag,
    auth: 'session',
    permission: 'unions.manage',
    params: unionVillageParams,
    response: unionDetail,
    handler: ({ ctx, params }) => removeUnionVillage(ctx, params.id, params.code),
  }),
];
