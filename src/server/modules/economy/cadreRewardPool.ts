import { and, asc, eq, gte, inArray, isNull, lte, ne, or } from 'drizzle-orm';
import type { z } from 'zod';
import {
  cadreWeight,
  rewardCeiling,
  rewardPool,
  splitReward,
  type RewardCadre,
  type RewardRule,
  type TwoCommitteesPosition,
} from '../../../domain/economy/cadreRewards.ts';
import { TWO_COMMITTEES_POSITIONS } from '../../../domain/economy/kinds.ts';
import { levelOfCode } from '../../../domain/region/regionCode.ts';
import { alias } from 'drizzle-orm/pg-core';
import { economyCadreRewards, partyOrgs, persons, positions } from '../../db/schema/index.ts';
import { requireActor, type Ctx } from '../../platform/context.ts';
import { notFound } from '../../platform/errors.ts';
import { asRewardRule, rewardRuleOf } from './cadreRewardRules.ts';
import type { rewardPoolView } from './cadreRewardSchema.ts';
import { incomeOf } from './ledger.ts';
import { mayReadEconomy, mayWriteEconomy } from './policy.ts';

// 干部奖励: what a village's reward stands on — its collective income of the year and the year
// before from the income ledger (never typed in), the county's rule, and its 两委 cadres of the
// year from the directory's positions.

type Db = Pick<Ctx, 'db'>;
export type NamedCadre = RewardCadre & { name: string };

/** The village's collective income of a year, from the ledger. */
async function yearIncome(ctx: Db, village: string, year: number): Promise<number> {
  return (await incomeOf(ctx, [village], year)).reduce((n, r) => n + r.fen, 0);
}

/** The books of a village for a year: this year's income, last year's, and the pool the rule gives. */
export async function rewardBooks(ctx: Db, village: string, year: number) {
  const thisYearFen = await yearIncome(ctx, village, year);
  const lastYearFen = await yearIncome(ctx, village, year - 1);
  const ruleView = await rewardRuleOf(ctx, village.slice(0, 6), year);
  const rule = ruleView && asRewardRule(ruleView);
  const poolFen = rule ? rewardPool(thisYearFen, lastYearFen, rule) : 0;
  return {
    ruleView,
    rule,
    thisYearFen,
    lastYearFen,
    incrementFen: thisYearFen - lastYearFen,
    poolFen,
  };
}

const parentOrg = alias(partyOrgs, 'parent_org');

/**
 * The persons who held a 两委 position in the village at some time in the year, with those
 * positions (书记 and 主任 held by one person — 一肩挑 — is one cadre with two positions). Party
 * posts count on the village's own organization only: a 党委's branch secretaries are not 两委.
 */
export async function twoCommitteesCadres(
  ctx: Db,
  village: string,
  year: number,
): Promise<NamedCadre[]> {
  const rows = await ctx.db
    .select({ personId: persons.id, name: persons.name, code: positions.code })
    .from(positions)
    .innerJoin(persons, eq(persons.id, positions.personId))
    .leftJoin(partyOrgs, eq(partyOrgs.id, positions.orgId))
    .leftJoin(parentOrg, eq(parentOrg.id, partyOrgs.parentId))
    .where(
      and(
        eq(positions.regionCode, village),
        inArray(positions.code, [...TWO_COMMITTEES_POSITIONS]),
        // the village's own party organization, not a branch under it (a 党委's 党支部)
        or(isNull(positions.orgId), isNull(parentOrg.id), ne(parentOrg.regionCode, village)),
        lte(positions.startDate, `${year}-12-31`),
        or(isNull(positions.endDate), gte(positions.endDate, `${year}-01-01`)),
      ),
    )
    .orderBy(asc(positions.code), asc(persons.nameSort), asc(persons.id));
  const byPerson = new Map<string, NamedCadre>();
  for (const r of rows) {
    const code = r.code as TwoCommitteesPosition;
    const seen = byPerson.get(r.personId);
    if (!seen) byPerson.set(r.personId, { personId: r.personId, name: r.name, positions: [code] });
    else if (!seen.positions.includes(code)) seen.positions = [...seen.positions, code];
  }
  return [...byPerson.values()];
}

/** The cadres with their weights and amounts of `totalFen` divided by the rule. */
export function dividedAmong(rule: RewardRule, cadres: readonly NamedCadre[], totalFen: number) {
  const split = splitReward(totalFen, rule, cadres);
  return cadres.map((c) => ({
    personId: c.personId,
    name: c.name,
    positions: [...c.positions],
    weight: cadreWeight(rule, c),
    amountFen: split.get(c.personId) ?? 0,
  }));
}

/** What the cadres may receive together: the pool, at most the sum of their caps. */
export const payableOf = (rule: RewardRule | null, poolFen: number, cadres: number) =>
  rule ? Math.min(poolFen, rewardCeiling(rule, cadres)) : 0;

/** A village's reward pool for a year, its cadres with the pool divided as a preview. */
export async function rewardPoolOf(
  ctx: Ctx,
  village: string,
  year: number,
): Promise<z.infer<typeof rewardPoolView>> {
  const actor = requireActor(ctx);
  if (levelOfCode(village) !== 'village' || !mayReadEconomy(actor, village)) throw notFound();
  const books = await rewardBooks(ctx, village, year);
  const cadres = await twoCommitteesCadres(ctx, village, year);
  const payableFen = payableOf(books.rule, books.poolFen, cadres.length);
  const standing = await standingReward(ctx, village, year);
  return {
    village,
    year,
    rule: books.ruleView,
    thisYearFen: books.thisYearFen,
    lastYearFen: books.lastYearFen,
    incrementFen: books.incrementFen,
    poolFen: books.poolFen,
    payableFen,
    cadres: books.rule
      ? dividedAmong(books.rule, cadres, payableFen)
      : cadres.map((c) => ({ ...c, positions: [...c.positions], weight: 1, amountFen: 0 })),
    standingId: standing?.id ?? null,
    can: {
      propose: !standing && payableFen > 0 && mayWriteEconomy(actor, village),
    },
  };
}

/** A village's reward for a year that still stands (proposed or approved; a returned one does not). */
export async function standingReward(ctx: Ctx, village: string, year: number) {
  const [standing] = await ctx.db
    .select({ id: economyCadreRewards.id, status: economyCadreRewards.status })
    .from(economyCadreRewards)
    .where(
      and(
        eq(economyCadreRewards.regionCode, village),
        eq(economyCadreRewards.year, year),
        ne(economyCadreRewards.status, 'rejected'),
      ),
    );
  return standing;
}
