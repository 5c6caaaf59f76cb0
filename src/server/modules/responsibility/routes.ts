import { noContent } from '../../platform/responses.ts';
import { defineRoute, OWN_RECORDS } from '../../platform/route.ts';
import { coverageOf } from './coverage.ts';
import { myHouseholds } from './mine.ts';
import {
  createEdgeBody,
  edgePage,
  edgeParams,
  edgeView,
  listEdgesQuery,
  memberHouseholdsResponse,
  memberParams,
} from './edgeSchema.ts';
import { createEdge, deleteEdge, listEdges } from './edges.ts';
import { memberHouseholds } from './memberHouseholds.ts';
import { listPairsQuery, newPairBody, pairPage, pairView } from './pairSchema.ts';
import { listPairs } from './pairs.ts';
import { createPair } from './pairWrite.ts';
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
    policy: OWN_RECORDS,
    response: myHouseholdsResponse,
    handler: ({ ctx }) => myHouseholds(ctx),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/responsibility/edges',
    summary: '五级联包关系列表 / Responsibility edges',
    tag: 'directory',
    auth: 'session',
    permission: 'directory.read',
    query: listEdgesQuery,
    response: edgePage,
    handler: ({ ctx, query }) => listEdges(ctx, query),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/responsibility/edges',
    summary: '新建联包关系 / Add a responsibility edge',
    tag: 'directory',
    auth: 'session',
    permission: 'directory.write',
    body: createEdgeBody,
    response: edgeView,
    successStatus: 201,
    handler: ({ ctx, body }) => createEdge(ctx, body),
  }),
  defineRoute({
    method: 'DELETE',
    url: '/api/v1/responsibility/edges/:id',
    summary: '删除联包关系（改派 = 删除 + 新建）/ Remove an edge (reassigning is remove + add)',
    tag: 'directory',
    auth: 'session',
    permission: 'directory.write',
    params: edgeParams,
    response: noContent,
    handler: ({ ctx, params }) => deleteEdge(ctx, params.id),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/responsibility/members/:personId/households',
    summary: '某人联系与负责的户 / A member’s households',
    tag: 'directory',
    auth: 'session',
    permission: 'directory.read',
    params: memberParams,
    response: memberHouseholdsResponse,
    handler: ({ ctx, params }) => memberHouseholds(ctx, params.personId),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/responsibility/pairs',
    summary: '1+1+N 结对帮联列表 / 1+1+N contact pairs',
    tag: 'directory',
    auth: 'session',
    permission: 'directory.read',
    query: listPairsQuery,
    response: pairPage,
    handler: ({ ctx, query }) => listPairs(ctx, query),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/responsibility/pairs',
    summary: '新建1+1+N结对 / Add a 1+1+N contact pair',
    tag: 'directory',
    auth: 'session',
    permission: 'directory.write',
    body: newPairBody,
    response: pairView,
    successStatus: 201,
    handler: ({ ctx, body }) => createPair(ctx, body),
  }),
];
