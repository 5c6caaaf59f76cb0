import { z } from 'zod';
import { POSITIONS } from '../../../domain/directory/positions.ts';
import { pageOf, pageQuery } from '../../platform/pagination.ts';
import { plainDate } from '../directory/dateSchema.ts';
import { regionCode } from '../regions/schema.ts';

const positionCode = z.enum(POSITIONS.map((p) => p.code) as [string, ...string[]]);

export const listPositionsQuery = z.strictObject({
  region: regionCode.optional(),
  code: positionCode.optional(),
  current: z
    .enum(['true', 'false'])
    .optional()
    .describe('true: held today; false: ended (or not yet started)'),
  person: z.uuid().optional(),
  ...pageQuery,
});
export const positionParams = z.strictObject({ id: z.uuid() });

const detailFields = {
  orgId: z
    .uuid()
    .nullable()
    .optional()
    .describe('required for positions held in a party organization (书记, 委员, 党小组长)'),
  gridId: z
    .uuid()
    .nullable()
    .optional()
    .describe('required for positions held in a grid (网格员, 包街干部, 小区书记)'),
  unitId: z.uuid().nullable().optional(),
  dispatchingUnitId: z
    .uuid()
    .nullable()
    .optional()
    .describe('第一书记 / 驻村工作队员: the unit that sent them'),
  termEndDate: plainDate.nullable().optional().describe('planned end of a dispatched term'),
  goldMediator: z.boolean().nullable().optional(),
};

export const createPositionBody = z.strictObject({
  personId: z.uuid(),
  code: positionCode,
  regionCode,
  startDate: plainDate,
  endDate: plainDate.nullable().optional(),
  ...detailFields,
});
export type NewPosition = z.infer<typeof createPositionBody>;

export const updatePositionBody = z
  .strictObject({
    startDate: plainDate.optional(),
    endDate: plainDate.nullable().optional().describe('ends the position; history is kept'),
    ...detailFields,
  })
  .refine((b) => Object.keys(b).length > 0, { message: 'nothing to change' });
export type PositionPatch = z.infer<typeof updatePositionBody>;

export const positionView = z.object({
  id: z.string(),
  personId: z.string(),
  personName: z.string().nullable(),
  code: z.string(),
  regionCode: z.string(),
  regionName: z.string().nullable(),
  orgId: z.string().nullable(),
  orgName: z.string().nullable(),
  gridId: z.string().nullable(),
  gridName: z.string().nullable(),
  unitId: z.string().nullable(),
  dispatchingUnitId: z.string().nullable(),
  dispatchingUnitName: z.string().nullable(),
  termEndDate: z.string().nullable(),
  goldMediator: z.boolean(),
  startDate: z.string(),
  endDate: z.string().nullable(),
  /** Held today (Asia/Shanghai). */
  current: z.boolean(),
});
export type PositionView = z.infer<typeof positionView>;
export const positionPage = pageOf(positionView);
