import { z } from 'zod';
import { HOUSEHOLD_TAGS } from '../../../domain/directory/tags.ts';
import { pageOf, pageQuery } from '../../platform/pagination.ts';
import { regionCode } from '../regions/schema.ts';
import { personListItem } from '../persons/schema.ts';

export const listHouseholdsQuery = z.strictObject({
  q: z
    .string()
    .trim()
    .max(40)
    .optional()
    .describe('the head’s name (pinyin or Chinese), ID number or phone'),
  region: regionCode.optional(),
  tag: z.enum(HOUSEHOLD_TAGS.map((t) => t.code) as [string, ...string[]]).optional(),
  ...pageQuery,
});
export const householdParams = z.strictObject({ id: z.uuid() });

export const householdListItem = z.object({
  id: z.string(),
  regionCode: z.string(),
  regionName: z.string().nullable(),
  gridId: z.string().nullable(),
  gridName: z.string().nullable(),
  head: z.object({ id: z.string(), name: z.string() }),
  memberCount: z.number(),
  tags: z.array(z.string()),
});
export type HouseholdListItem = z.infer<typeof householdListItem>;
export const householdPage = pageOf(householdListItem);

const chainLink = z.object({
  level: z.number(),
  personId: z.string(),
  name: z.string().nullable(),
  targetKind: z.string(),
  targetId: z.string(),
});

export const householdDetail = householdListItem.extend({
  members: z.array(personListItem),
  /** 谁为我们负责: the 五级联包 chain from the contact member (L4) up to L1. */
  responsibleChain: z.object({ links: z.array(chainLink), complete: z.boolean() }),
  contactPairs: z.array(
    z.object({
      id: z.string(),
      unitMemberId: z.string(),
      unitMemberName: z.string().nullable(),
      ruralMemberId: z.string(),
      ruralMemberName: z.string().nullable(),
    }),
  ),
});
export type HouseholdDetail = z.infer<typeof householdDetail>;
