import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { rewardRuleProblems, type RewardRule } from '../../../domain/economy/cadreRewards.ts';
import { appendAudit } from '../../audit/appendAudit.ts';
import { economyRewardRules } from '../../db/schema/index.ts';
import { requireActor, transaction, type Ctx } from '../../platform/context.ts';
import { validationError } from '../../platform/errors.ts';
import type { rewardRuleView } from './cadreRewardSchema.ts';
import { authorizeCountyRules, mayConfigureCounty } from './policy.ts';

// 干部奖励: the county's rule for a year (configuration, not code) — set by its configurers, read
// by anyone reading somewhere in the county (authorizeCountyRules).

export type RewardRuleView = z.infer<typeof rewardRuleView>;

/** The county's rule for the year, or null when it set none (no village has a pool then). */
export async function rewardRuleOf(
  ctx: Pick<Ctx, 'db'>,
  county: string,
  year: number,
): Promise<RewardRuleView | null> {
  const [row] = await ctx.db
    .select()
    .from(economyRewardRules)
    .where(and(eq(economyRewardRules.countyCode, county), eq(economyRewardRules.year, year)));
  if (!row) return null;
  return {
    county,
    year,
    shareBp: row.shareBp,
    villageCapFen: row.villageCapFen,
    cadreCapFen: row.cadreCapFen,
    division: row.division,
    weights: row.weights,
    updatedAt: row.updatedAt.toISOString(),
  };
}

export const asRewardRule = (v: RewardRuleView): RewardRule => ({
  shareBp: v.shareBp,
  villageCapFen: v.villageCapFen,
  cadreCapFen: v.cadreCapFen,
  division: v.division,
  weights: v.weights,
});

export async function getRewardRule(ctx: Ctx, county: string, year: number) {
  const actor = requireActor(ctx);
  authorizeCountyRules(actor, county, false);
  return {
    rule: await rewardRuleOf(ctx, county, year),
    can: { set: mayConfigureCounty(actor, county) },
  };
}

/** The county sets its rule for a year (a reward already proposed keeps the rule it was made under). */
export async function setRewardRule(
  ctx: Ctx,
  county: string,
  year: number,
  body: RewardRule,
): Promise<RewardRuleView> {
  const actor = requireActor(ctx);
  authorizeCountyRules(actor, county, true);
  const problems = rewardRuleProblems(body).map((p) => ({ ...p, path: `body.${p.path}` }));
  if (problems.length > 0) throw validationError(problems);
  return transaction(ctx, async (tx) => {
    const before = await rewardRuleOf(tx, county, year);
    const now = tx.clock();
    const rule = asRewardRule({ ...body, county, year, updatedAt: '' });
    await tx.db
      .insert(economyRewardRules)
      .values({
        countyCode: county,
        regionCode: `${county}000000`,
        year,
        ...rule,
        updatedBy: actor.accountId,
        updatedAt: now,
      })
      .onConflictDoUpdate({
        target: [economyRewardRules.countyCode, economyRewardRules.year],
        set: { ...rule, updatedBy: actor.accountId, updatedAt: now },
      });
    await appendAudit(tx, {
      action: 'economy.rewardRule.set',
      objectType: 'economyRewardRule',
      objectId: `${county}:${year}`,
      regionCode: `${county}000000`,
      before: before ?? undefined,
      after: { year, ...rule },
    });
    return { county, year, ...rule, updatedAt: now.toISOString() };
  });
}
