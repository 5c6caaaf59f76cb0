import { z } from 'zod';
import { pageOf, pageQuery } from '../../platform/pagination.ts';

const STATUSES = ['pending', 'moved', 'rejected'] as const;

export const listReferralsQuery = z.strictObject({
  status: z.enum(STATUSES).optional(),
  ...pageQuery,
});
export const referralParams = z.strictObject({ id: z.uuid() });
export const resolveReferralBody = z.strictObject({ resolution: z.enum(['move', 'reject']) });

/** A referral as the township sees it: the name, never the ID number. */
export const referralView = z.object({
  id: z.string(),
  name: z.string(),
  regionCode: z.string(),
  requesterUsername: z.string(),
  status: z.enum(STATUSES),
  resolvedBy: z.string().nullable(),
  createdAt: z.iso.datetime(),
});
export type ReferralView = z.infer<typeof referralView>;
export const referralPage = pageOf(referralView);
