import { z } from 'zod';
import { parseRegionCode, REGION_LEVELS } from '../../../domain/region/regionCode.ts';
import { pageOf, pageQuery } from '../../platform/pagination.ts';

export const regionCode = z.string().superRefine((value, issue) => {
  const parsed = parseRegionCode(value);
  if (!parsed.ok)
    issue.addIssue({ code: 'custom', message: `invalid region code: ${parsed.reason}` });
});

const latitude = z.number().min(-90).max(90);
const longitude = z.number().min(-180).max(180);

export const regionFields = {
  name: z.string().trim().min(1).max(64),
  // 城乡分类代码: 111 主城区 … 220 村庄
  urbanRuralClass: z.enum(['111', '112', '121', '122', '123', '210', '220']).nullable().optional(),
  lat: latitude.nullable().optional(),
  lng: longitude.nullable().optional(),
  population: z.number().int().min(0).max(200_000_000).nullable().optional(),
  households: z.number().int().min(0).max(100_000_000).nullable().optional(),
};

export const createRegionBody = z.strictObject({ code: regionCode, ...regionFields });
export const updateRegionBody = z
  .strictObject({ ...regionFields, name: regionFields.name.optional() })
  .refine((b) => Object.keys(b).length > 0, { message: 'nothing to change' });
export const regionParams = z.strictObject({ code: regionCode });
export const listRegionsQuery = z.strictObject({
  parent: regionCode.optional(),
  q: z.string().trim().max(64).optional(),
  ...pageQuery,
});

export const regionView = z.object({
  code: z.string(),
  name: z.string(),
  level: z.enum(REGION_LEVELS),
  parentCode: z.string().nullable(),
  parentName: z.string().nullable().describe('the parent region’s name (a township for a village)'),
  urbanRuralClass: z.string().nullable(),
  population: z.number().nullable(),
  households: z.number().nullable(),
  lat: z.number().nullable(),
  lng: z.number().nullable(),
  childCount: z.number(),
});
export type RegionView = z.infer<typeof regionView>;
export const regionPage = pageOf(regionView);
