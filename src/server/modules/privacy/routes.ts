import { AppError } from '../../platform/errors.ts';
import { defineRoute } from '../../platform/route.ts';
import { decideRevealRequest, listRevealRequests } from './approvals.ts';
import {
  listRevealRequestsQuery,
  revealBody,
  revealDecisionBody,
  revealRequestPage,
  revealRequestParams,
  revealRequestView,
  revealResponse,
} from './schema.ts';
import { reveal } from './service.ts';

export const privacyRoutes = [
  defineRoute({
    method: 'POST',
    url: '/api/v1/privacy/reveal',
    summary:
      '查看敏感字段明文（选择用途，限速，超量需县级审批，留痕审计）/ Reveal a sensitive field',
    tag: 'privacy',
    auth: 'session',
    permission: 'privacy.reveal',
    body: revealBody,
    response: revealResponse,
    handler: ({ ctx, body, reply }) =>
      reveal(ctx, body).catch((error: unknown) => {
        if (error instanceof AppError && typeof error.details.retryAfterSeconds === 'number')
          void reply.header('Retry-After', String(error.details.retryAfterSeconds));
        throw error;
      }),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/privacy/reveal-requests',
    summary: '超量查看的审批申请 / Reveal requests awaiting the county admin',
    tag: 'privacy',
    auth: 'session',
    permission: 'privacy.approve',
    query: listRevealRequestsQuery,
    response: revealRequestPage,
    handler: ({ ctx, query }) => listRevealRequests(ctx, query),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/privacy/reveal-requests/:id/decision',
    summary: '批准或驳回查看申请 / Approve or deny a reveal request',
    tag: 'privacy',
    auth: 'session',
    permission: 'privacy.approve',
    params: revealRequestParams,
    body: revealDecisionBody,
    response: revealRequestView,
    handler: ({ ctx, params, body }) => decideRevealRequest(ctx, params.id, body.decision),
  }),
];
