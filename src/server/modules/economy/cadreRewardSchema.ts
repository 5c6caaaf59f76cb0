import { z } from 'zod';
import { REWARD_DIVISIONS } from '../../../domain/economy/cadreRewards.ts';
import { TWO_COMMITTEES_POSITIONS } from '../../../domain/economy/kinds.ts';

// 干部奖励 requests and answers (issue 13 part 7). Money is whole 分, shares 万分比; the domain
// (domain/economy/cadreRewards.ts) checks the rule and divides the reward.

const year = z.number().int().min(2000).max(2100);
const fen = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).describe('whole 分');
const position = z.enum(TWO_COMMITTEES_POSITIONS);
const weights = z.strictObject(
  Object.fromEntries(
    TWO_COMMITTEES_POSITIONS.map((p) => [p, z.number().int().min(1).max(100)]),
  ) as Record<(typeof TWO_COMMITTEES_POSITIONS)[number], z.ZodNumber>,
);

export const rewardRuleParams = z.strictObject({
  county: z.string().regex(/^\d{6}$/),
  year: z.coerce.number().int().min(2000).max(2100),
});

export const rewardRuleBody = z.strictObject({
  shareBp: z.number().int().min(0).max(10_000).describe('万分比 of the increment (10000 = 100 %)'),
  villageCapFen: fen.describe('the most one village’s pool may be'),
  cadreCapFen: fen.describe('the most one cadre may receive'),
  division: z.enum(REWARD_DIVISIONS),
  weights: weights.describe('weight per 两委 position (书记 higher) when dividing byPosition'),
});

export const rewardRuleView = rewardRuleBody.extend({
  county: z.string(),
  year: z.number().int(),
  updatedAt: z.string(),
});
export const rewardRuleAnswer = z.object({
  rule: rewardRuleView.nullable(),
  can: z.object({ set: z.boolean() }),
});

export const rewardPoolQuery = z.strictObject({
  village: z.string().regex(/^\d{12}$/, 'a 12-digit village code'),
  year: z.coerce.number().int().min(2000).max(2100),
});

const cadre = z.object({
  personId: z.string(),
  name: z.string(),
  positions: z.array(position),
  weight: z.number().int(),
  amountFen: z.number().int(),
});

export const rewardPoolView = z.object({
  village: z.string(),
  year: z.number().int(),
  rule: rewardRuleView.nullable(),
  thisYearFen: z.number().int(),
  lastYearFen: z.number().int(),
  incrementFen: z.number().int(),
  poolFen: z.number().int().describe('share of the increment, at most the village cap'),
  /** What the cadres may receive together: the pool, at most their caps' sum. */
  payableFen: z.number().int(),
  cadres: z
    .array(cadre)
    .describe('the 两委 cadres of the year, with the pool divided as a preview'),
  standingId: z.string().nullable().describe('the village’s proposed or approved reward'),
  can: z.object({ propose: z.boolean() }),
});

export const cadreRewardBody = z.strictObject({
  village: z.string().regex(/^\d{12}$/, 'a 12-digit village code'),
  year,
  totalFen: fen.optional().describe('what to divide (else all the cadres may receive)'),
  cadres: z
    .array(z.uuid())
    .min(1)
    .max(50)
    .describe('the persons rewarded: 两委 cadres of the year'),
});

export const rewardDecisionBody = z.strictObject({
  approve: z.boolean(),
  note: z.string().trim().max(500).optional().describe('required when rejecting'),
});

const reward = z.object({
  id: z.string(),
  village: z.string(),
  villageName: z.string(),
  year: z.number().int(),
  thisYearFen: z.number().int(),
  lastYearFen: z.number().int(),
  poolFen: z.number().int(),
  totalFen: z.number().int(),
  status: z.enum(['proposed', 'approved', 'rejected']),
  decidedAt: z.string().nullable(),
  decisionNote: z.string().nullable(),
});

export const cadreRewardList = z.object({ items: z.array(reward) });
export const cadreRewardView = reward.extend({
  rule: rewardRuleBody,
  cadres: z.array(cadre),
  can: z.object({ decide: z.boolean() }),
});
export const rewardNotice = z.object({
  village: z.string().nullable(),
  items: z.array(
    reward.pick({ id: true, year: true, totalFen: true, decidedAt: true }).extend({
      cadres: z.array(cadre.pick({ name: true, positions: true, amountFen: true })),
    }),
  ),
});
