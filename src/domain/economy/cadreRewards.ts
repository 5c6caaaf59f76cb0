import { apportion, type Problem } from './dividends.ts';
import { TWO_COMMITTEES_POSITIONS } from './kinds.ts';

/**
 * 干部奖励 (安阳: "允许各村从当年度村集体收益增量中核定一定比例的资金用来奖励…村'两委'干部"): the
 * county's rule for a year — the share of a village collective's income increment that may reward
 * its 两委 cadres, a cap per village and per cadre, and how the reward is divided (equally, or by
 * a weight per position). Money is in 分 (integers); the division apportions by largest remainder
 * under the per-cadre cap, so the amounts always sum exactly to what is divided.
 */
export type TwoCommitteesPosition = (typeof TWO_COMMITTEES_POSITIONS)[number];

export const REWARD_DIVISIONS = ['equal', 'byPosition'] as const;
export type RewardDivision = (typeof REWARD_DIVISIONS)[number];

export interface RewardRule {
  /** 万分比 of the year's income increment that may go to the reward pool. */
  shareBp: number;
  /** The most one village's pool may be, in 分. */
  villageCapFen: number;
  /** The most one cadre may receive, in 分. */
  cadreCapFen: number;
  division: RewardDivision;
  /** Weight of each 两委 position when dividing by position (书记 higher); whole numbers 1–100. */
  weights: Record<TwoCommitteesPosition, number>;
}

export const EQUAL_WEIGHTS: Record<TwoCommitteesPosition, number> = {
  secretary: 1,
  deputySecretary: 1,
  committeeMember: 1,
  villageDirector: 1,
  twoCommitteesMember: 1,
};

/** A 两委 cadre of the village with the positions they held in the year. */
export interface RewardCadre {
  personId: string;
  positions: readonly TwoCommitteesPosition[];
}

const isMoney = (n: number) => Number.isSafeInteger(n) && n >= 0;

/** What is wrong with a county's rule; empty when it can be used. */
export function rewardRuleProblems(rule: RewardRule): Problem[] {
  const problems: Problem[] = [];
  if (!Number.isInteger(rule.shareBp) || rule.shareBp < 0 || rule.shareBp > 10_000)
    problems.push({ path: 'shareBp', message: 'must be 0–10000 (万分比, at most 100 %)' });
  if (!isMoney(rule.villageCapFen))
    problems.push({ path: 'villageCapFen', message: 'must be a whole number of 分, not negative' });
  if (!isMoney(rule.cadreCapFen))
    problems.push({ path: 'cadreCapFen', message: 'must be a whole number of 分, not negative' });
  if (!(REWARD_DIVISIONS as readonly string[]).includes(rule.division))
    problems.push({ path: 'division', message: 'must be equal or byPosition' });
  for (const p of TWO_COMMITTEES_POSITIONS) {
    const w = rule.weights[p];
    if (!Number.isInteger(w) || w < 1 || w > 100)
      problems.push({ path: `weights.${p}`, message: 'must be a whole number 1–100' });
  }
  return problems;
}

/**
 * The reward pool of a village for a year: the rule's share of the increment (rounded down to the
 * 分), at most the village cap; nothing when income did not grow.
 */
export function rewardPool(thisYearFen: number, lastYearFen: number, rule: RewardRule): number {
  const increment = thisYearFen - lastYearFen;
  if (increment <= 0) return 0;
  const share = Number((BigInt(increment) * BigInt(rule.shareBp)) / 10_000n);
  return Math.min(share, rule.villageCapFen);
}

/** A cadre's weight: 1 when dividing equally, else the highest of their positions' weights. */
export function cadreWeight(rule: RewardRule, cadre: RewardCadre): number {
  if (rule.division === 'equal') return 1;
  return Math.max(1, ...cadre.positions.map((p) => rule.weights[p]));
}

/** The most the cadres may receive together under the per-cadre cap. */
export const rewardCeiling = (rule: RewardRule, cadres: number) => rule.cadreCapFen * cadres;

/**
 * Divides `totalFen` among the cadres by their weights, no one above the per-cadre cap: a cadre
 * whose share would pass the cap gets the cap and the rest is divided again among the others
 * (largest remainder each round). The amounts sum exactly to `totalFen`, which must not exceed
 * `rewardCeiling` (callers check; beyond it every cadre is capped and the sum falls short).
 */
export function splitReward(
  totalFen: number,
  rule: RewardRule,
  cadres: readonly RewardCadre[],
): Map<string, number> {
  const out = new Map<string, number>(cadres.map((c) => [c.personId, 0]));
  let open = [...cadres];
  let left = totalFen;
  while (left > 0 && open.length > 0) {
    const shares = apportion(
      left,
      open.map((c) => ({ key: c.personId, weight: cadreWeight(rule, c) })),
    );
    const over = open.filter((c) => (shares.get(c.personId) ?? 0) > rule.cadreCapFen);
    if (over.length === 0) {
      for (const [id, fen] of shares) out.set(id, fen);
      return out;
    }
    for (const c of over) {
      out.set(c.personId, rule.cadreCapFen);
      left -= rule.cadreCapFen;
    }
    open = open.filter((c) => !over.includes(c));
  }
  return out;
}
