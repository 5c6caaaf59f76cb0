import { z } from 'zod';
import { PLAN_ITEM_STATUSES, PLAN_OWNER_SIDES } from '../../../domain/obligations/workPlan.ts';
import { pageQuery } from '../../platform/pagination.ts';
import { plainDate as isoDate } from '../directory/dateSchema.ts';
import { regionCode } from '../regions/schema.ts';

// Requests of the pairings API (结对共建 and their work plans); answers are in pairingViews.ts.

export const listPairingsQuery = z.strictObject({
  region: regionCode.optional().describe('a village or any region above it'),
  unit: z.uuid().optional(),
  ...pageQuery,
});
export type ListPairingsQuery = z.infer<typeof listPairingsQuery>;

export const pairingParams = z.strictObject({ id: z.uuid() });
export const planItemParams = z.strictObject({ id: z.uuid(), itemId: z.uuid() });

const title = z.string().trim().max(80);

/**
 * One work-plan item. The part is checked against the domain's catalog (an unknown part and an
 * empty title answer 400 with the field named), the due date against the pairing's period.
 */
export const planItemBody = z.strictObject({
  part: z
    .string()
    .trim()
    .max(20)
    .describe('organization, team, industry, resources, livelihood or brand'),
  title,
  description: z.string().trim().max(2000).nullable().default(null),
  ownerSide: z.enum(PLAN_OWNER_SIDES),
  ownerPersonId: z.uuid().nullable().default(null).describe('a person of the county'),
  dueOn: isoDate.nullable().default(null).describe("inside the pairing's period"),
  status: z.enum(PLAN_ITEM_STATUSES).default('planned'),
});
export type PlanItemBody = z.infer<typeof planItemBody>;

export const updatePlanItemBody = z
  .strictObject({
    part: planItemBody.shape.part,
    title,
    description: z.string().trim().max(2000).nullable(),
    ownerSide: z.enum(PLAN_OWNER_SIDES),
    ownerPersonId: z.uuid().nullable(),
    dueOn: isoDate.nullable(),
    status: z.enum(PLAN_ITEM_STATUSES),
  })
  .partial()
  .refine((b) => Object.keys(b).length > 0, 'nothing to change');
export type UpdatePlanItemBody = z.infer<typeof updatePlanItemBody>;
