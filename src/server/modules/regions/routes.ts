import { defineRoute } from '../../platform/route.ts';
import {
  createRegionBody,
  listRegionsQuery,
  regionPage,
  regionParams,
  regionView,
  updateRegionBody,
} from './schema.ts';
import { createRegion, getRegion, listRegions, updateRegion } from './service.ts';

export const regionRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/regions',
    summary: '区划列表（下级或本人范围的顶层）/ List regions',
    tag: 'regions',
    auth: 'session',
    permission: 'regions.read',
    query: listRegionsQuery,
    response: regionPage,
    handler: ({ ctx, query }) => listRegions(ctx, query),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/regions/:code',
    summary: '区划详情 / Region detail',
    tag: 'regions',
    auth: 'session',
    permission: 'regions.read',
    params: regionParams,
    response: regionView,
    handler: ({ ctx, params }) => getRegion(ctx, params.code),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/regions',
    summary: '新增区划 / Create a region',
    tag: 'regions',
    auth: 'session',
    permission: 'regions.write',
    body: createRegionBody,
    response: regionView,
    successStatus: 201,
    handler: ({ ctx, body }) => createRegion(ctx, body),
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/v1/regions/:code',
    summary: '修改区划 / Update a region',
    tag: 'regions',
    auth: 'session',
    permission: 'regions.write',
    params: regionParams,
    body: updateRegionBody,
    response: regionView,
    handler: ({ ctx, params, body }) => updateRegion(ctx, params.code, body),
  }),
];
