import { z } from 'zod';
import { REVEAL_PURPOSES, type RevealPurpose } from '../../../domain/privacy/revealPurposes.ts';
import { pageOf, pageQuery } from '../../platform/pagination.ts';

export { REVEAL_PURPOSES, type RevealPurpose };

export const revealBody = z
  .strictObject({
    objectType: z.string().min(1).max(40),
    objectId: z.uuid(),
    field: z.string().min(1).max(40),
    purpose: z.enum(REVEAL_PURPOSES),
    note: z.string().trim().min(2).max(200).optional(),
  })
  .refine((b) => b.purpose !== 'other' || b.note !== undefined, {
    path: ['note'],
    message: 'the purpose "other" needs a note of 2–200 characters',
  });

export const revealResponse = z.object({ value: z.string().nullable() });

export const REVEAL_REQUEST_STATUSES = ['pending', 'approved', 'denied', 'used'] as const;

export const listRevealRequestsQuery = z.strictObject({
  status: z.enum(REVEAL_REQUEST_STATUSES).optional(),
  ...pageQuery,
});

export const revealRequestParams = z.strictObject({ id: z.uuid() });

export const revealDecisionBody = z.strictObject({ decision: z.enum(['approve', 'deny']) });

export const revealRequestView = z.object({
  id: z.string(),
  requesterUsername: z.string(),
  objectType: z.string(),
  objectId: z.string(),
  field: z.string(),
  regionCode: z.string(),
  purpose: z.string(),
  note: z.string().nullable(),
  status: z.enum(REVEAL_REQUEST_STATUSES),
  decidedBy: z.string().nullable(),
  decidedAt: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
});
export type RevealRequestView = z.infer<typeof revealRequestView>;
export const revealRequestPage = pageOf(revealRequestView);
