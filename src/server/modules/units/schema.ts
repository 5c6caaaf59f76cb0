import { z } from 'zod';
import { CAPABILITY_TAGS, UNIT_KINDS } from '../../../domain/directory/unitKinds.ts';
import { pageOf, pageQuery } from '../../platform/pagination.ts';
import { regionCode } from '../regions/schema.ts';

const capability = z.enum(CAPABILITY_TAGS.map((c) => c.code) as [string, ...string[]]);
const unitKind = z.enum(UNIT_KINDS.map((k) => k.code) as [string, ...string[]]);

export const listUnitsQuery = z.strictObject({
  q: z.string().trim().max(40).optional(),
  capability: capability.optional(),
  region: regionCode.optional(),
  ...pageQuery,
});
export const unitParams = z.strictObject({ id: z.uuid() });
export const createUnitBody = z.strictObject({
  name: z.string().trim().min(2).max(60),
  kind: unitKind,
  regionCode,
  capabilities: z.array(capability).max(20).default([]),
});
export const updateUnitBody = z
  .strictObject({
    name: z.string().trim().min(2).max(60).optional(),
    kind: unitKind.optional(),
    capabilities: z.array(capability).max(20).optional(),
  })
  .refine((b) => Object.keys(b).length > 0, { message: 'nothing to change' });

export const unitView = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.string(),
  regionCode: z.string(),
  capabilities: z.array(z.string()),
  partyOrgId: z.string().nullable(),
  staffCount: z.number(),
});
export type UnitView = z.infer<typeof unitView>;
export const unitPage = pageOf(unitView);
