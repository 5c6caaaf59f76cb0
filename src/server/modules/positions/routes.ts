import { defineRoute } from '../../platform/route.ts';
import {
  createPositionBody,
  listPositionsQuery,
  positionPage,
  positionParams,
  positionView,
  updatePositionBody,
} from './schema.ts';
import { getPosition, listPositions } from './service.ts';
import { createPosition, updatePosition } from './write.ts';

export const positionRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/positions',
    summary: '职务列表（现任与历任）/ Positions, current and past',
    tag: 'directory',
    auth: 'session',
    permission: 'directory.read',
    query: listPositionsQuery,
    response: positionPage,
    handler: ({ ctx, query }) => listPositions(ctx, query),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/positions/:id',
    summary: '任职详情 / Position',
    tag: 'directory',
    auth: 'session',
    permission: 'directory.read',
    params: positionParams,
    response: positionView,
    handler: ({ ctx, params }) => getPosition(ctx, params.id),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/positions',
    summary: '登记任职 / Record a position',
    tag: 'directory',
    auth: 'session',
    permission: 'directory.write',
    body: createPositionBody,
    response: positionView,
    successStatus: 201,
    handler: ({ ctx, body }) => createPosition(ctx, body),
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/v1/positions/:id',
    summary: '修改或离任 / Edit or end a position',
    tag: 'directory',
    auth: 'session',
    permission: 'directory.write',
    params: positionParams,
    body: updatePositionBody,
    response: positionView,
    handler: ({ ctx, params, body }) => updatePosition(ctx, params.id, body),
  }),
];
