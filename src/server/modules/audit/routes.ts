import { defineRoute } from '../../platform/route.ts';
import { auditPage, listAuditQuery } from './schema.ts';
import { listAuditEvents } from './service.ts';

export const auditRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/audit-events',
    summary: '审计日志 / Audit log',
    tag: 'audit',
    auth: 'session',
    permission: 'audit.read',
    query: listAuditQuery,
    response: auditPage,
    handler: ({ ctx, query }) => listAuditEvents(ctx, query),
  }),
];
