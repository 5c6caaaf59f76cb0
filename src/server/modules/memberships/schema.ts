import { z } from 'zod';
import { MEMBERSHIP_KINDS } from '../../../domain/directory/membershipKinds.ts';
import { pageOf, pageQuery } from '../../platform/pagination.ts';
import { plainDate } from '../directory/dateSchema.ts';
import { regionCode } from '../regions/schema.ts';

const membershipKind = z.enum(MEMBERSHIP_KINDS.map((k) => k.code) as [string, ...string[]]);

export const listMembershipsQuery = z.strictObject({
  org: z.uuid().optional().describe('members of this branch, or of this party group'),
  region: regionCode.optional(),
  kind: membershipKind.optional(),
  ...pageQuery,
});
export const membershipParams = z.strictObject({ personId: z.uuid() });

export const createMembershipBody = z.strictObject({
  personId: z.uuid(),
  orgId: z
    .uuid()
    .describe('the branch (not a party group); one outside the writer’s scope is not found'),
  groupId: z.uuid().nullable().optional().describe('the 党小组 inside that branch'),
  kind: membershipKind,
  joinDate: plainDate.describe('not in the future, not before the 18th birthday'),
});
export type NewMembership = z.infer<typeof createMembershipBody>;

export const updateMembershipBody = z
  .strictObject({
    orgId: z.uuid().optional().describe('a transfer (组织关系转接)'),
    groupId: z.uuid().nullable().optional(),
    kind: membershipKind.optional(),
    joinDate: plainDate.optional(),
  })
  .refine((b) => Object.keys(b).length > 0, { message: 'nothing to change' });
export type MembershipPatch = z.infer<typeof updateMembershipBody>;

export const membershipView = z.object({
  personId: z.string(),
  personName: z.string().nullable(),
  orgId: z.string(),
  orgName: z.string().nullable(),
  groupId: z.string().nullable(),
  groupName: z.string().nullable(),
  kind: z.string(),
  joinDate: z.string(),
  regionCode: z.string().describe('where the organization is'),
});
export type MembershipView = z.infer<typeof membershipView>;
export const membershipPage = pageOf(membershipView);
