import { and, desc, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { economyCadreRewards, households } from '../../db/schema/index.ts';
import type { Ctx } from '../../platform/context.ts';
import { ownHouseholdId } from '../households/ownHousehold.ts';
import { rewardShares } from './cadreRewards.ts';
import type { rewardNotice } from './cadreRewardSchema.ts';

// 村务公开：干部奖励 — the approved cadre rewards of the caller's own village (the village of the
// household behind their account), each cadre named with their positions and amount, as the
// published 分红 runs are shown to the households they pay (我家分红).

export async function cadreRewardNotice(ctx: Ctx): Promise<z.infer<typeof rewardNotice>> {
  const householdId = await ownHouseholdId(ctx);
  if (!householdId) return { village: null, items: [] };
  const [home] = await ctx.db
    .select({ village: households.regionCode })
    .from(households)
    .where(eq(households.id, householdId));
  if (!home) return { village: null, items: [] };
  const rows = await ctx.db
    .select()
    .from(economyCadreRewards)
    .where(
      and(
        eq(economyCadreRewards.regionCode, home.village),
        eq(economyCadreRewards.status, 'approved'),
      ),
    )
    .orderBy(desc(economyCadreRewards.year));
  const shares = await rewardShares(
    ctx,
    rows.map((r) => r.id),
  );
  return {
    village: home.village,
    items: rows.map((r) => ({
      id: r.id,
      year: r.year,
      totalFen: r.totalFen,
      decidedAt: r.decidedAt?.toISOString() ?? null,
      cadres: shares
        .filter((s) => s.rewardId === r.id)
        .map((s) => ({ name: s.name, positions: s.positions, amountFen: s.amountFen })),
    })),
  };
}
