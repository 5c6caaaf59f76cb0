import { defineRoute } from '../../platform/route.ts';
import {
  createOrgBody,
  listOrgsQuery,
  orgPage,
  orgParams,
  orgView,
  updateOrgBody,
} from './schema.ts';
import { createOrg, getOrg, listOrgs, updateOrg } from './service.ts';

export const orgRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/orgs',
    summary: '党组织树（逐级展开）/ Party organization tree, level by level',
    tag: 'directory',
    auth: 'session',
    permission: 'directory.read',
    query: listOrgsQuery,
    response: orgPage,
    handler: ({ ctx, query }) => listOrgs(ctx, query),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/orgs/:id',
    summary: '党组织详情 / Party organization',
    tag: 'directory',
    auth: 'session',
    permission: 'directory.read',
    params: orgParams,
    response: orgView,
    handler: ({ ctx, params }) => getOrg(ctx, params.id),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/orgs',
    summary: '新建党组织 / Create a party organization',
    tag: 'directory',
    auth: 'session',
    permission: 'directory.write',
    body: createOrgBody,
    response: orgView,
    successStatus: 201,
    handler: ({ ctx, body }) => createOrg(ctx, body),
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/v1/orgs/:id',
    summary: '修改党组织 / Edit a party organization',
    tag: 'directory',
    auth: 'session',
    permission: 'directory.write',
    params: orgParams,
    body: updateOrgBody,
    response: orgView,
    handler: ({ ctx, params, body }) => updateOrg(ctx, params.id, body),
  }),
];
