import { z } from 'zod';
import {
  PLAN_ITEM_STATUSES,
  PLAN_OWNER_SIDES,
  PLAN_PARTS,
} from '../../../domain/obligations/workPlan.ts';
import { pageOf } from '../../platform/pagination.ts';
import { activityView } from './views.ts';

// Answers of the pairings API: the routes declare them and the web derives its types from them
// (src/web/api/pairingEndpoints.ts).

const named = z.object({ id: z.string(), name: z.string() });

const pairingHead = {
  id: z.string(),
  unit: named,
  village: z.object({ code: z.string(), name: z.string() }),
  leader: named.nullable().describe('组长'),
  periodStart: z.string(),
  periodEnd: z.string().nullable(),
};

export const pairingListItem = z.object({
  ...pairingHead,
  planItems: z
    .object({
      planned: z.number().int(),
      doing: z.number().int(),
      done: z.number().int(),
      dropped: z.number().int(),
    })
    .describe('work-plan items by status'),
  activities: z.number().int().describe('activities recorded for the pairing'),
  lastActivityOn: z.string().nullable(),
});
export type PairingListItem = z.infer<typeof pairingListItem>;
export const pairingPage = pageOf(pairingListItem);

export const planItemView = z.object({
  id: z.string(),
  pairingId: z.string(),
  part: z.enum(PLAN_PARTS),
  title: z.string(),
  description: z.string().nullable(),
  ownerSide: z.enum(PLAN_OWNER_SIDES),
  owner: named.nullable(),
  dueOn: z.string().nullable(),
  status: z.enum(PLAN_ITEM_STATUSES),
  progress: z
    .object({ activities: z.number().int(), lastOn: z.string().nullable() })
    .describe('read from the activities that name the item, never typed'),
  updatedAt: z.string(),
});
export type PlanItemView = z.infer<typeof planItemView>;

export const pairingDetail = z.object({
  ...pairingHead,
  plan: z.array(
    z.object({
      part: z.enum(PLAN_PARTS),
      name: z.string(),
      fullName: z.string(),
      items: z.array(planItemView),
    }),
  ),
  contacts: z
    .array(
      z.object({
        id: z.string(),
        unitMember: named.nullable(),
        ruralMember: named.nullable(),
        households: z.array(
          z.object({
            id: z.string(),
            headName: z.string().nullable(),
            lastVisitOn: z.string().nullable(),
          }),
        ),
      }),
    )
    .describe('the 1+1+N pairs of the unit in the village'),
  recentActivities: z.array(activityView),
  abilities: z.object({ editPlan: z.boolean(), record: z.boolean() }),
  personId: z.string().nullable().describe('the caller as a person of the directory (本人参加)'),
});
