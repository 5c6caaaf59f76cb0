import { z } from 'zod';
import { pageOf, pageQuery } from '../../platform/pagination.ts';

export const listAuditQuery = z.strictObject({
  order: z.enum(['asc', 'desc']).default('desc'),
  ...pageQuery,
});

/** One entry of the audit log as listed: who did what to which object; no values, no hashes. */
export const auditEventView = z.object({
  seq: z.number().int(),
  occurredAt: z.iso.datetime(),
  actorUsername: z.string().nullable(),
  role: z.string().nullable(),
  action: z.string(),
  objectType: z.string(),
  objectId: z.string().nullable(),
  regionCode: z.string().nullable(),
  requestId: z.string().nullable(),
});
export const auditPage = pageOf(auditEventView);
