import { asc, eq } from 'drizzle-orm';
import { DEMO_SIGN_UPS, DEMO_TRUSTEESHIP_MENU } from '../../domain/economy/demoTrusteeship.ts';
import { comingSeason, priceSignUp } from '../../domain/economy/trusteeship.ts';
import { shanghaiDate } from '../../domain/time/shanghai.ts';
import { appendAudit } from '../audit/appendAudit.ts';
import {
  accountRoles,
  accounts,
  economyTrusteeshipItems,
  economyTrusteeshipSignUps,
  households,
  persons,
} from '../db/schema/index.ts';
import { transaction } from '../platform/context.ts';
import { uuidv7 } from '../platform/uuidv7.ts';
import { systemCtx, type Runtime } from '../runtime.ts';

/**
 * The demo village's 农业托管 (domain/economy/demoTrusteeship.ts): village1's menu and three of its
 * households signed up for the coming season — never the demo villager's own, so they can sign up
 * on the phone. Once per village.
 */
export async function seedDemoTrusteeship(
  runtime: Runtime,
  log: (line: string) => void,
): Promise<void> {
  const ctx = systemCtx(runtime, 'system:demo-seed-trusteeship');
  const [cadre] = await ctx.db
    .select({ id: accounts.id, village: accountRoles.scope })
    .from(accounts)
    .innerJoin(accountRoles, eq(accountRoles.accountId, accounts.id))
    .where(eq(accounts.username, 'village1'));
  if (!cadre) return; // not a demo database
  const [done] = await ctx.db
    .select({ id: economyTrusteeshipItems.id })
    .from(economyTrusteeshipItems)
    .where(eq(economyTrusteeshipItems.regionCode, cadre.village))
    .limit(1);
  if (done) return;
  const [villager] = await ctx.db
    .select({ householdId: persons.householdId })
    .from(accounts)
    .innerJoin(persons, eq(persons.id, accounts.personId))
    .where(eq(accounts.username, 'villager'));
  const candidates = await ctx.db
    .select({ id: households.id })
    .from(households)
    .innerJoin(persons, eq(persons.id, households.headId))
    .where(eq(households.regionCode, cadre.village))
    .orderBy(asc(persons.name), asc(households.id))
    .limit(DEMO_SIGN_UPS.length + 1);
  const signers = candidates
    .filter((h) => h.id !== villager?.householdId)
    .slice(0, DEMO_SIGN_UPS.length);
  const tenant = { regionCode: cadre.village, countyCode: cadre.village.slice(0, 6) };
  await transaction(ctx, async (tx) => {
    const now = tx.clock();
    const menu = DEMO_TRUSTEESHIP_MENU.map((m, i) => ({
      id: uuidv7(now.getTime()),
      ...tenant,
      ...m,
      position: DEMO_TRUSTEESHIP_MENU.slice(0, i).filter((o) => o.cropGroup === m.cropGroup).length,
      active: true,
      createdBy: cadre.id,
      createdAt: now,
    }));
    await tx.db.insert(economyTrusteeshipItems).values(menu);
    const season = comingSeason(shanghaiDate(now));
    for (const [i, household] of signers.entries()) {
      const s = DEMO_SIGN_UPS[i];
      if (!s) continue;
      const itemIds = menu
        .filter((m) => m.cropGroup === s.cropGroup && s.items.includes(m.name))
        .map((m) => m.id);
      const priced = priceSignUp(menu, { ...s, itemIds });
      if (!('ok' in priced)) throw new Error(`demo 托管 sign-up ${i} does not price`);
      await tx.db.insert(economyTrusteeshipSignUps).values({
        id: uuidv7(now.getTime()),
        ...tenant,
        householdId: household.id,
        year: season.year,
        cropGroup: s.cropGroup,
        mode: s.mode,
        ...priced.ok,
        startsOn: season.startsOn,
        status: 'active',
        createdBy: cadre.id,
        createdAt: now,
      });
    }
    await appendAudit(tx, {
      action: 'system.seed_demo_trusteeship',
      actorUsername: 'system',
      objectType: 'system',
      regionCode: cadre.village,
      detail: { items: menu.length, signUps: signers.length, season: season.year },
    });
  });
  log(
    `  演示农业托管已生成 / demo 托管: ${DEMO_TRUSTEESHIP_MENU.length} items, ${signers.length} sign-ups`,
  );
}
