import { z } from 'zod';
import { GRID_KINDS } from '../../../domain/directory/gridKinds.ts';
import { pageOf, pageQuery } from '../../platform/pagination.ts';
import { regionCode } from '../regions/schema.ts';

const gridKind = z.enum(GRID_KINDS.map((k) => k.code) as [string, ...string[]]);
const gridName = z.string().trim().min(1).max(40);
const seq = z.number().int().min(1).max(9999);

export const listGridsQuery = z.strictObject({
  region: regionCode.optional().describe('a village, or any region above it'),
  kind: gridKind.optional(),
  q: z.string().trim().max(40).optional(),
  ...pageQuery,
});
export const gridParams = z.strictObject({ id: z.uuid() });

export const createGridBody = z.strictObject({
  regionCode: regionCode.describe('the village or community the grid belongs to'),
  kind: gridKind,
  name: gridName,
  seq: seq.optional().describe('order within the village; next free number when left out'),
});
export const updateGridBody = z
  .strictObject({ name: gridName.optional(), kind: gridKind.optional(), seq: seq.optional() })
  .refine((b) => Object.keys(b).length > 0, { message: 'nothing to change' });

export const gridView = z.object({
  id: z.string(),
  regionCode: z.string(),
  regionName: z.string().nullable(),
  kind: z.string(),
  name: z.string(),
  seq: z.number(),
  householdCount: z.number(),
});
export type GridView = z.infer<typeof gridView>;
export const gridPage = pageOf(gridView);
