import { defineRoute } from '../../platform/route.ts';
import { revealBody, revealResponse } from './schema.ts';
import { reveal } from './service.ts';

export const privacyRoutes = [
  defineRoute({
    method: 'POST',
    url: '/api/v1/privacy/reveal',
    summary: '查看敏感字段明文（需说明用途，留痕审计）/ Reveal a sensitive field',
    tag: 'privacy',
    auth: 'session',
    permission: 'privacy.reveal',
    body: revealBody,
    response: revealResponse,
    handler: ({ ctx, body }) => reveal(ctx, body),
  }),
];
