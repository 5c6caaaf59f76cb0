import { and, asc, desc, eq, inArray, ne } from 'drizzle-orm';
import type { z } from 'zod';
import type { TwoCommitteesPosition } from '../../../domain/economy/cadreRewards.ts';
import { levelOfCode } from '../../../domain/region/regionCode.ts';
import { shanghaiDate } from '../../../domain/time/shanghai.ts';
import { appendAudit } from '../../audit/appendAudit.ts';
import {
  economyCadreRewardShares,
  economyCadreRewards,
  persons,
  regions,
} from '../../db/schema/index.ts';
import { requireActor, transaction, type Ctx } from '../../platform/context.ts';
import { readableRow } from './readableRow.ts';
import { notFound, validationError } from '../../platform/errors.ts';
import { moveStatusAudited, refuseUnlessStatus } from '../../platform/statusMove.ts';
import { uuidv7 } from '../../platform/uuidv7.ts';
import { refuseIfExists } from '../../platform/refuseIfExists.ts';
import { dividedAmong, payableOf, rewardBooks, twoCommitteesCadres } from './cadreRewardPool.ts';
import type { cadreRewardBody, cadreRewardView } from './cadreRewardSchema.ts';
import {
  authorizeDividendApproval,
  authorizeEconomyWrite,
  mayApproveDividend,
  visibleEconomyIn,
} from './policy.ts';

// 干部奖励 (issue 13 part 7): the village proposes a reward for its 两委 cadres out of the pool its
// income increment gives under the county's rule; the township (or county) approves or rejects
// it with a note, like a 分红 run (authorizeDividendApproval); approved, it is on the village's
// open-affairs notice (cadreRewardNotice.ts).

type RewardRow = typeof economyCadreRewards.$inferSelect;

const summaryOf = (r: RewardRow, villageName: string | null) => ({
  id: r.id,
  village: r.regionCode,
  villageName: villageName ?? r.regionCode,
  year: r.year,
  thisYearFen: r.thisYearFen,
  lastYearFen: r.lastYearFen,
  poolFen: r.poolFen,
  totalFen: r.totalFen,
  status: r.status as 'proposed' | 'approved' | 'rejected',
  decidedAt: r.decidedAt?.toISOString() ?? null,
  decisionNote: r.decisionNote,
});

const villageName = async (tx: Pick<Ctx, 'db'>, code: string) =>
  (await tx.db.select({ name: regions.name }).from(regions).where(eq(regions.code, code)))[0]
    ?.name ?? null;

/** The cadres of a reward with their positions, weights and amounts (largest first). */
export async function rewardShares(tx: Pick<Ctx, 'db'>, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return tx.db
    .select({
      rewardId: economyCadreRewardShares.rewardId,
      personId: economyCadreRewardShares.personId,
      name: persons.name,
      positions: economyCadreRewardShares.positions,
      weight: economyCadreRewardShares.weight,
      amountFen: economyCadreRewardShares.amountFen,
    })
    .from(economyCadreRewardShares)
    .innerJoin(persons, eq(persons.id, economyCadreRewardShares.personId))
    .where(inArray(economyCadreRewardShares.rewardId, [...ids]))
    .orderBy(desc(economyCadreRewardShares.amountFen), asc(persons.nameSort));
}

/** A reward with its cadres' amounts and what the caller may do (404 outside their scope). */
export async function getCadreReward(
  ctx: Ctx,
  id: string,
): Promise<z.infer<typeof cadreRewardView>> {
  const actor = requireActor(ctx);
  const row = await readableRow(ctx, actor, economyCadreRewards, id);
  const { shareBp, villageCapFen, cadreCapFen, division, weights } = row.rule;
  return {
    ...summaryOf(row, await villageName(ctx, row.regionCode)),
    rule: { shareBp, villageCapFen, cadreCapFen, division, weights },
    cadres: (await rewardShares(ctx, [id])).map(({ rewardId: _r, ...c }) => c),
    can: { decide: row.status === 'proposed' && mayApproveDividend(actor, row.regionCode) },
  };
}

/** The rewards of the villages the caller reads (the county sees all of its own), newest first. */
export async function listCadreRewards(ctx: Ctx, region: string | undefined) {
  const actor = requireActor(ctx);
  const rows = await ctx.db
    .select({ reward: economyCadreRewards, name: regions.name })
    .from(economyCadreRewards)
    .leftJoin(regions, eq(regions.code, economyCadreRewards.regionCode))
    .where(visibleEconomyIn(actor, economyCadreRewards.regionCode, region))
    .orderBy(desc(economyCadreRewards.year), asc(economyCadreRewards.regionCode))
    .limit(500);
  return { items: rows.map((r) => summaryOf(r.reward, r.name)) };
}

const bad = (path: string, message: string) => validationError([{ path, message }]);

/**
 * 村提出干部奖励: the pool comes from the books (this year's income against last year's, under the
 * county's rule); the cadres must be the village's 两委 cadres of the year; the amounts are the
 * rule's division of the total, which may not pass the pool nor the cadres' caps.
 */
export async function proposeCadreReward(ctx: Ctx, body: z.infer<typeof cadreRewardBody>) {
  const actor = requireActor(ctx);
  if (levelOfCode(body.village) !== 'village') throw notFound();
  authorizeEconomyWrite(actor, body.village);
  if (body.year > Number(shanghaiDate(ctx.clock()).slice(0, 4)))
    throw bad('body.year', 'a year not yet begun');
  return transaction(ctx, async (tx) => {
    const books = await rewardBooks(tx, body.village, body.year);
    if (!books.rule) throw bad('body.year', 'the county has set no cadre reward rule for the year');
    if (books.incrementFen <= 0)
      throw bad(
        'body.year',
        `no reward pool: the collective’s income did not grow over last year (${books.thisYearFen} vs ${books.lastYearFen} 分)`,
      );
    const cadres = await twoCommitteesCadres(tx, body.village, body.year);
    const byId = new Map(cadres.map((c) => [c.personId, c]));
    const seen = new Set<string>();
    const strangers = body.cadres.flatMap((id, i) => {
      const problem = seen.has(id)
        ? 'a cadre is listed twice'
        : !byId.has(id)
          ? 'not a 两委 cadre of the village in the year'
          : null;
      seen.add(id);
      return problem ? [{ path: `body.cadres.${i}`, message: problem }] : [];
    });
    if (strangers.length > 0) throw validationError(strangers);
    const chosen = body.cadres.map((id) => byId.get(id)).filter((c) => c !== undefined);
    const payable = payableOf(books.rule, books.poolFen, chosen.length);
    const totalFen = body.totalFen ?? payable;
    if (totalFen > books.poolFen)
      throw bad('body.totalFen', `over the reward pool (${books.poolFen} 分, capped per village)`);
    if (totalFen > payable)
      throw bad('body.totalFen', `over the per-cadre cap (${books.rule.cadreCapFen} 分 each)`);
    await refuseIfExists(
      tx,
      economyCadreRewards,
      and(
        eq(economyCadreRewards.regionCode, body.village),
        eq(economyCadreRewards.year, body.year),
        ne(economyCadreRewards.status, 'rejected'),
      ),
      {
        zh: `本村 ${body.year} 年度的干部奖励已提出`,
        en: `The village already has a cadre reward for ${body.year}`,
      },
    );
    const now = tx.clock();
    const tenant = { regionCode: body.village, countyCode: body.village.slice(0, 6) };
    const reward = {
      id: uuidv7(now.getTime()),
      ...tenant,
      year: body.year,
      thisYearFen: books.thisYearFen,
      lastYearFen: books.lastYearFen,
      poolFen: books.poolFen,
      totalFen,
      rule: books.rule,
      status: 'proposed',
      proposedBy: actor.accountId,
      createdAt: now,
    };
    const amounts = dividedAmong(books.rule, chosen, totalFen);
    await tx.db.insert(economyCadreRewards).values(reward);
    await tx.db.insert(economyCadreRewardShares).values(
      amounts.map((a) => ({
        rewardId: reward.id,
        personId: a.personId,
        ...tenant,
        positions: a.positions as TwoCommitteesPosition[],
        weight: a.weight,
        amountFen: a.amountFen,
      })),
    );
    await appendAudit(tx, {
      action: 'economy.cadreReward.propose',
      objectType: 'economyCadreReward',
      objectId: reward.id,
      regionCode: reward.regionCode,
      after: { ...reward, cadres: amounts.map((a) => [a.personId, a.amountFen]) },
    });
    return getCadreReward(tx, reward.id);
  });
}

/** 乡镇审批: the township (or county) approves or rejects a proposed reward (a note when rejecting). */
export async function decideCadreReward(
  ctx: Ctx,
  id: string,
  body: { approve: boolean; note?: string | undefined },
) {
  const actor = requireActor(ctx);
  const note = body.note?.trim() || null;
  return transaction(ctx, async (tx) => {
    const row = await readableRow(tx, actor, economyCadreRewards, id);
    authorizeDividendApproval(actor, row.regionCode);
    refuseUnlessStatus(row, 'proposed', {
      zh: '只有待审批的干部奖励可以审批',
      en: 'Only a proposed reward can be decided',
    });
    if (!body.approve && !note) throw bad('body.note', 'say why the reward is rejected');
    const status = body.approve ? 'approved' : 'rejected';
    await moveStatusAudited(
      tx,
      economyCadreRewards,
      row,
      { status, decidedBy: actor.accountId, decidedAt: tx.clock(), decisionNote: note },
      {
        action: body.approve ? 'economy.cadreReward.approve' : 'economy.cadreReward.reject',
        objectType: 'economyCadreReward',
        after: { note },
      },
    );
    return getCadreReward(tx, id);
  });
}
