import type { Actor } from '../../domain/access/policy.ts';
import { DEMO_REWARD_APPROVAL_NOTE, DEMO_REWARD_RULE } from '../../domain/economy/demoEconomy.ts';
import { shanghaiDate } from '../../domain/time/shanghai.ts';
import type { Ctx } from '../platform/context.ts';
import {
  rewardBooks,
  standingReward,
  twoCommitteesCadres,
} from '../modules/economy/cadreRewardPool.ts';
import { rewardRuleOf, setRewardRule } from '../modules/economy/cadreRewardRules.ts';
import { decideCadreReward, proposeCadreReward } from '../modules/economy/cadreRewards.ts';
import { systemCtx, type Runtime } from '../runtime.ts';
import { actorOf } from './seedCases.ts';

/**
 * The demo county's 干部奖励 (issue 13 part 7): the county's rule for the demo year
 * (domain/economy/demoEconomy.ts DEMO_REWARD_RULE), and village1's reward out of its income
 * increment — proposed by the village for all its 两委 cadres, approved by the township — written
 * through the services the routes use, as the demo's accounts, so each step is audited as in the
 * app. Runs after the ledger is complete (contracts, 托管 fees); each step is skipped once done, so
 * a start killed half-way finishes on the next. Nothing is proposed when the income did not grow.
 */
export async function seedDemoCadreRewards(
  runtime: Runtime,
  log: (line: string) => void,
): Promise<void> {
  const base = systemCtx(runtime, 'system:demo-seed-cadre-rewards');
  const county = await actorOf(base, 'county');
  const township = await actorOf(base, 'township');
  const cadre = await actorOf(base, 'village1');
  const countyScope = county?.grants[0]?.scope;
  const village = cadre?.grants[0]?.scope;
  if (!county || !township || !cadre || !countyScope || !village) return; // not a demo database
  const as = (actor: Actor): Ctx => ({ ...base, actor });
  const countyCode = countyScope.slice(0, 6);
  const year = Number(shanghaiDate(base.clock()).slice(0, 4));
  if (!(await rewardRuleOf(base, countyCode, year)))
    await setRewardRule(as(county), countyCode, year, DEMO_REWARD_RULE);
  const standing = await standingReward(base, village, year);
  let id = standing?.id;
  if (!id) {
    const books = await rewardBooks(base, village, year);
    const cadres = await twoCommitteesCadres(base, village, year);
    if (books.poolFen <= 0 || cadres.length === 0) {
      log(`  演示干部奖励：村集体收入未增长，未提出 / demo cadre reward: no increment in ${year}`);
      return;
    }
    const proposed = await proposeCadreReward(as(cadre), {
      village,
      year,
      cadres: cadres.map((c) => c.personId),
    });
    id = proposed.id;
  }
  if (standing?.status !== 'approved') {
    const approved = await decideCadreReward(as(township), id, {
      approve: true,
      note: DEMO_REWARD_APPROVAL_NOTE,
    });
    log(
      `  演示干部奖励已审批 / demo cadre reward approved: ${approved.totalFen} 分 for ${approved.cadres.length} cadres`,
    );
  }
}
