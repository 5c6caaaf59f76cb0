import { z } from 'zod';
import { regionCode } from '../regions/schema.ts';
import { householdDetail, householdListItem } from '../households/schema.ts';

export const coverageQuery = z.strictObject({
  region: regionCode,
  maxHouseholds: z.coerce.number().int().min(1).max(500).default(15),
});

export const coverageResponse = z.object({
  asOf: z.string(),
  region: z.string(),
  maxHouseholdsPerMember: z.number(),
  totals: z.object({ households: z.number(), villages: z.number(), streets: z.number() }),
  householdsWithoutContact: z.array(
    z.object({ id: z.string(), headName: z.string().nullable(), regionCode: z.string() }),
  ),
  overloadedMembers: z.array(
    z.object({ personId: z.string(), name: z.string().nullable(), households: z.number() }),
  ),
  villagesWithoutSecretary: z.array(z.object({ code: z.string(), name: z.string() })),
  streetsWithoutStationCadre: z.array(
    z.object({ id: z.string(), name: z.string(), regionCode: z.string() }),
  ),
});
export type CoverageResponse = z.infer<typeof coverageResponse>;

export const myHouseholdsResponse = z.object({
  person: z.object({ id: z.string(), name: z.string() }).nullable(),
  /** 我联系的户: the households this member answers for (L4). */
  contactHouseholds: z.array(householdListItem),
  /** 我家: the caller's own household, with who answers for it. */
  ownHousehold: householdDetail.nullable(),
});
