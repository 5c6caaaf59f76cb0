import { defineRoute } from '../../platform/route.ts';
import {
  createUnitBody,
  listUnitsQuery,
  unitPage,
  unitParams,
  unitView,
  updateUnitBody,
} from './schema.ts';
import { createUnit, getUnit, listUnits, updateUnit } from './service.ts';

export const unitRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/units',
    summary: '单位列表（按能力标签筛选）/ Units, filterable by capability',
    tag: 'directory',
    auth: 'session',
    permission: 'directory.read',
    query: listUnitsQuery,
    response: unitPage,
    handler: ({ ctx, query }) => listUnits(ctx, query),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/units/:id',
    summary: '单位详情 / Unit',
    tag: 'directory',
    auth: 'session',
    permission: 'directory.read',
    params: unitParams,
    response: unitView,
    handler: ({ ctx, params }) => getUnit(ctx, params.id),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/units',
    summary: '新建单位 / Create a unit',
    tag: 'directory',
    auth: 'session',
    permission: 'directory.write',
    body: createUnitBody,
    response: unitView,
    successStatus: 201,
    handler: ({ ctx, body }) => createUnit(ctx, body),
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/v1/units/:id',
    summary: '修改单位 / Edit a unit',
    tag: 'directory',
    auth: 'session',
    permission: 'directory.write',
    params: unitParams,
    body: updateUnitBody,
    response: unitView,
    handler: ({ ctx, params, body }) => updateUnit(ctx, params.id, body),
  }),
];
