import { defineRoute } from '../../platform/route.ts';
import {
  createGridBody,
  gridPage,
  gridParams,
  gridView,
  listGridsQuery,
  updateGridBody,
} from './schema.ts';
import { createGrid, getGrid, listGrids, updateGrid } from './service.ts';

export const gridRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/grids',
    summary: '网格列表（村民小组、网格、街道服务站、小区）/ Grids below villages',
    tag: 'directory',
    auth: 'session',
    permission: 'directory.read',
    query: listGridsQuery,
    response: gridPage,
    handler: ({ ctx, query }) => listGrids(ctx, query),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/grids/:id',
    summary: '网格详情 / Grid',
    tag: 'directory',
    auth: 'session',
    permission: 'directory.read',
    params: gridParams,
    response: gridView,
    handler: ({ ctx, params }) => getGrid(ctx, params.id),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/grids',
    summary: '新建网格 / Create a grid',
    tag: 'directory',
    auth: 'session',
    permission: 'directory.write',
    body: createGridBody,
    response: gridView,
    successStatus: 201,
    handler: ({ ctx, body }) => createGrid(ctx, body),
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/v1/grids/:id',
    summary: '修改网格 / Edit a grid',
    tag: 'directory',
    auth: 'session',
    permission: 'directory.write',
    params: gridParams,
    body: updateGridBody,
    response: gridView,
    handler: ({ ctx, params, body }) => updateGrid(ctx, params.id, body),
  }),
];
