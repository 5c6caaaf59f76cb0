import { z } from 'zod';
import { pageOf, pageQuery } from '../../platform/pagination.ts';
import { regionCode } from '../regions/schema.ts';

const day = z.iso.date();

export const listAuditQuery = z
  .strictObject({
    order: z.enum(['asc', 'desc']).default('desc'),
    actor: z.string().trim().min(1).max(64).optional().describe('the acting username, exact'),
    action: z
      .string()
      .regex(/^[a-z_]+(\.[a-z_]+)*$/)
      .max(64)
      .optional()
      .describe('an action key, or its module prefix ("cases" matches every cases.* action)'),
    objectType: z.string().trim().min(1).max(64).optional().describe('the object type, exact'),
    objectId: z.string().trim().min(1).max(64).optional().describe('the object id, exact'),
    region: regionCode.optional().describe('events of objects inside this region'),
    from: day.optional().describe('first day (China Standard Time), inclusive'),
    to: day.optional().describe('last day (China Standard Time), inclusive'),
    ...pageQuery,
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, {
    path: ['to'],
    message: 'to must not be before from',
  });
export type ListAuditQuery = z.infer<typeof listAuditQuery>;

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
  /** The region's name, so the log never shows a bare 12-digit code where a name exists. */
  regionName: z.string().nullable(),
  requestId: z.string().nullable(),
});
export const auditPage = pageOf(auditEventView);
