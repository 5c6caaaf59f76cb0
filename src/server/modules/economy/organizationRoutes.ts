import { defineRoute } from '../../platform/route.ts';
import {
  addBinding,
  addLandTransfer,
  addMember,
  addOrder,
  createOrganization,
} from './organizations.ts';
import { dissolveOrganization, editOrganization } from './organizationEdits.ts';
import {
  bindingBody,
  dissolveBody,
  landTransferBody,
  memberBody,
  orderBody,
  organizationBody,
  organizationList,
  organizationPatch,
  organizationQuery,
  organizationView,
} from './organizationSchema.ts';
import { listOrganizations } from './organizationViews.ts';
import { ORGANIZATION_POLICY } from './policy.ts';
import { idParams } from './schema.ts';

// 合作社、公司与双绑 (issue 13 part 3): the economic organizations in scope, their members and
// shares, their 双绑 bindings with orders, and the land households transfer to them.

const tag = 'economy';
const policy = ORGANIZATION_POLICY;
const auth = 'session' as const;

export const organizationRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/economy/organizations',
    summary: '合作社与公司（成员、双绑、订单、土地流转）/ Economic organizations in scope, in full',
    tag,
    auth,
    policy,
    query: organizationQuery,
    response: organizationList,
    handler: ({ ctx, query }) => listOrganizations(ctx, query.region),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/economy/organizations',
    summary: '登记经济组织 / Register a collective organization, cooperative or company',
    tag,
    auth,
    policy,
    body: organizationBody,
    response: organizationView,
    successStatus: 201,
    handler: ({ ctx, body }) => createOrganization(ctx, body),
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/v1/economy/organizations/:id',
    summary:
      '更正经济组织（名称、登记日期、联建）/ Correct an organization’s name, registration day or union',
    tag,
    auth,
    policy,
    params: idParams,
    body: organizationPatch,
    response: organizationView,
    handler: ({ ctx, params, body }) => editOrganization(ctx, params.id, body),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/economy/organizations/:id/dissolve',
    summary: '注销经济组织（日期、原因）/ Dissolve an organization on a day, for a reason',
    tag,
    auth,
    policy,
    params: idParams,
    body: dissolveBody,
    response: organizationView,
    handler: ({ ctx, params, body }) => dissolveOrganization(ctx, params.id, body),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/economy/organizations/:id/members',
    summary: '登记成员户及股份 / Admit a member household with its shares',
    tag,
    auth,
    policy,
    params: idParams,
    body: memberBody,
    response: organizationView,
    successStatus: 201,
    handler: ({ ctx, params, body }) => addMember(ctx, params.id, body),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/economy/organizations/:id/bindings',
    summary: '双绑：绑定龙头企业或合作社 / Bind the organization to an enterprise or cooperative',
    tag,
    auth,
    policy,
    params: idParams,
    body: bindingBody,
    response: organizationView,
    successStatus: 201,
    handler: ({ ctx, params, body }) => addBinding(ctx, params.id, body),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/economy/bindings/:id/orders',
    summary: '登记订单 / Record an order on a 双绑 binding in force',
    tag,
    auth,
    policy,
    params: idParams,
    body: orderBody,
    response: organizationView,
    successStatus: 201,
    handler: ({ ctx, params, body }) => addOrder(ctx, params.id, body),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/economy/organizations/:id/land-transfers',
    summary: '土地流转（农户租金）/ Record a household’s land transfer to the organization',
    tag,
    auth,
    policy,
    params: idParams,
    body: landTransferBody,
    response: organizationView,
    successStatus: 201,
    handler: ({ ctx, params, body }) => addLandTransfer(ctx, params.id, body),
  }),
];
