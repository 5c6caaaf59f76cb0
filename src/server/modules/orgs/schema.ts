import { z } from 'zod';
import { ORG_KINDS, PARTY_ORG_TYPES } from '../../../domain/directory/orgTypes.ts';
import { pageOf, pageQuery } from '../../platform/pagination.ts';
import { regionCode } from '../regions/schema.ts';

const orgType = z.enum(PARTY_ORG_TYPES.map((t) => t.code) as [string, ...string[]]);
const orgKind = z.enum(ORG_KINDS.map((k) => k.code) as [string, ...string[]]);

export const listOrgsQuery = z.strictObject({
  region: regionCode.optional(),
  parent: z
    .uuid()
    .optional()
    .describe('children of this organization; without it, the top organizations in scope'),
  q: z.string().trim().max(40).optional(),
  ...pageQuery,
});
export const orgParams = z.strictObject({ id: z.uuid() });

export const createOrgBody = z.strictObject({
  name: z.string().trim().min(2).max(60),
  type: orgType,
  kind: orgKind,
  regionCode,
  parentId: z.uuid().nullable().optional(),
});
export const updateOrgBody = z
  .strictObject({
    name: z.string().trim().min(2).max(60).optional(),
    type: orgType.optional(),
    parentId: z.uuid().nullable().optional(),
  })
  .refine((b) => Object.keys(b).length > 0, { message: 'nothing to change' });

export const orgView = z.object({
  id: z.string(),
  name: z.string(),
  type: z.string(),
  kind: z.string(),
  regionCode: z.string(),
  regionName: z.string().nullable(),
  parentId: z.string().nullable(),
  childCount: z.number(),
  memberCount: z.number(),
});
export type OrgView = z.infer<typeof orgView>;
export const orgPage = pageOf(orgView);
