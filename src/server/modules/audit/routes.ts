import { z } from 'zod';
import { pageQuery } from '../../platform/pagination.ts';
import { defineRoute } from '../../platform/route.ts';
import { listAuditEvents } from './service.ts';

const listAuditQuery = z.strictObject({
  order: z.enum(['asc', 'desc']).default('desc'),
  ...pageQuery,
});

export const auditRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/audit-events',
    summary: '审计日志 / Audit log',
    tag: 'audit',
    auth: 'session',
    permission: 'audit.read',
    query: listAuditQuery,
    handler: ({ ctx, query }) => listAuditEvents(ctx, query),
  }),
];
