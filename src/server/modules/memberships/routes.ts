import { defineRoute } from '../../platform/route.ts';
import {
  createMembershipBody,
  listMembershipsQuery,
  membershipPage,
  membershipParams,
  membershipView,
  updateMembershipBody,
} from './schema.ts';
import { listMemberships } from './service.ts';
import { createMembership, updateMembership } from './write.ts';

export const membershipRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/memberships',
    summary: '党员名册（按党组织、党小组）/ Party members of an organization',
    tag: 'directory',
    auth: 'session',
    permission: 'directory.read',
    query: listMembershipsQuery,
    response: membershipPage,
    handler: ({ ctx, query }) => listMemberships(ctx, query),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/memberships',
    summary: '登记党员组织关系 / Record a party membership',
    tag: 'directory',
    auth: 'session',
    permission: 'directory.write',
    body: createMembershipBody,
    response: membershipView,
    successStatus: 201,
    handler: ({ ctx, body }) => createMembership(ctx, body),
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/v1/memberships/:personId',
    summary: '修改组织关系（转接、转正）/ Edit a membership (transfer, full membership)',
    tag: 'directory',
    auth: 'session',
    permission: 'directory.write',
    params: membershipParams,
    body: updateMembershipBody,
    response: membershipView,
    handler: ({ ctx, params, body }) => updateMembership(ctx, params.personId, body),
  }),
];
