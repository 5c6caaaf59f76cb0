import { z } from 'zod';
import { pageOf, pageQuery } from '../../platform/pagination.ts';
import { regionCode } from '../regions/schema.ts';

export const listPairsQuery = z.strictObject({
  region: regionCode.optional().describe('a village or any region above it; outside the scope 404'),
  ...pageQuery,
});

export const newPairBody = z.strictObject({
  regionCode: regionCode.describe('the village of the rural member and the households'),
  unitId: z.uuid(),
  unitMemberId: z.uuid().describe('a person on the unit’s staff'),
  ruralMemberId: z.uuid().describe('a party member living in the village'),
  householdIds: z.array(z.uuid()).min(1).max(30).describe('the N households, of the village'),
});
export type NewPair = z.infer<typeof newPairBody>;

export const pairView = z.object({
  id: z.string(),
  regionCode: z.string(),
  regionName: z.string().nullable(),
  unitId: z.string(),
  unitName: z.string().nullable(),
  unitMemberId: z.string(),
  unitMemberName: z.string().nullable(),
  ruralMemberId: z.string(),
  ruralMemberName: z.string().nullable(),
  households: z.array(
    z.object({
      id: z.string(),
      headName: z.string().nullable(),
      lastVisitOn: z
        .string()
        .nullable()
        .describe('the last recorded activity at the household with either member of the pair'),
    }),
  ),
});
export type PairView = z.infer<typeof pairView>;
export const pairPage = pageOf(pairView);
