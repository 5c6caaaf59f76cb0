import { asc, eq } from 'drizzle-orm';
import {
  DEMO_PROVIDER,
  DEMO_SERVICE_DAYS,
  DEMO_SIGN_UPS,
  DEMO_TRUSTEESHIP_MENU,
  DEMO_VILLAGER_SIGN_UP,
} from '../../domain/economy/demoTrusteeship.ts';
import { comingSeason, priceSignUp } from '../../domain/economy/trusteeship.ts';
import { currentSeason, priceService } from '../../domain/economy/trusteeshipServices.ts';
import { shanghaiDate } from '../../domain/time/shanghai.ts';
import { auditSeedStep } from './auditSeedStep.ts';
import {
  accounts,
  economyTrusteeshipItems,
  economyTrusteeshipSignUps,
  households,
  persons,
} from '../db/schema/index.ts';
import { transaction, type Ctx } from '../platform/context.ts';
import { insertServiceRecord } from '../modules/economy/trusteeshipServices.ts';
import { uuidv7 } from '../platform/uuidv7.ts';
import { demoAccountOf } from './demoAccountOf.ts';
import { systemCtx, type Runtime } from '../runtime.ts';

/**
 * The demo village's 农业托管 (domain/economy/demoTrusteeship.ts): village1's menu and three of its
 * households signed up for the coming season — never the demo villager's own, so they can sign up
 * on the phone — and for the season under way, with what was delivered so far (its fees in the
 * income ledger as service). Once per village.
 */
export async function seedDemoTrusteeship(
  runtime: Runtime,
  log: (line: string) => void,
): Promise<void> {
  const ctx = systemCtx(runtime, 'system:demo-seed-trusteeship');
  const cadre = await demoAccountOf(ctx, 'village1');
  if (!cadre) return; // not a demo database
  const [done] = await ctx.db
    .select({ id: economyTrusteeshipItems.id })
    .from(economyTrusteeshipItems)
    .where(eq(economyTrusteeshipItems.regionCode, cadre.scope))
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
    .where(eq(households.regionCode, cadre.scope))
    .orderBy(asc(persons.name), asc(households.id))
    .limit(DEMO_SIGN_UPS.length + 1);
  const signers = candidates
    .filter((h) => h.id !== villager?.householdId)
    .slice(0, DEMO_SIGN_UPS.length);
  const tenant = { regionCode: cadre.scope, countyCode: cadre.scope.slice(0, 6) };
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
    const today = shanghaiDate(now);
    const season = comingSeason(today);
    const underWay = currentSeason(today);
    let services = 0;
    // the three signers, both seasons; the demo villager's own household only the season under
    // way (so the phone shows what was done for it and it can still sign up for the coming one)
    const plans = [
      ...signers.flatMap((h, i) => {
        const plan = DEMO_SIGN_UPS[i];
        return plan ? [{ householdId: h.id, plan, seasons: [underWay, season] }] : [];
      }),
      ...(villager?.householdId
        ? [{ householdId: villager.householdId, plan: DEMO_VILLAGER_SIGN_UP, seasons: [underWay] }]
        : []),
    ];
    for (const { householdId, plan, seasons } of plans) {
      const itemIds = menu
        .filter((m) => m.cropGroup === plan.cropGroup && plan.items.includes(m.name))
        .map((m) => m.id);
      const priced = priceSignUp(menu, { ...plan, itemIds });
      if (!('ok' in priced)) throw new Error(`demo 托管 sign-up of ${householdId} does not price`);
      for (const { year, startsOn } of seasons) {
        const signUp = {
          id: uuidv7(now.getTime()),
          ...tenant,
          householdId,
          year,
          cropGroup: plan.cropGroup,
          mode: plan.mode,
          ...priced.ok,
          startsOn,
          status: 'active',
          createdBy: cadre.id,
          createdAt: now,
          withdrawnAt: null,
        };
        await tx.db.insert(economyTrusteeshipSignUps).values(signUp);
        if (year === underWay.year)
          services += await seedSeasonServices(tx, signUp, menu, cadre.id);
      }
    }
    await auditSeedStep(tx, 'system.seed_demo_trusteeship', cadre.scope, {
      items: menu.length,
      signUps: plans.reduce((n, p) => n + p.seasons.length, 0),
      season: season.year,
      underWay: underWay.year,
      services,
    });
    log(
      `  演示农业托管已生成 / demo 托管: ${DEMO_TRUSTEESHIP_MENU.length} items, ${plans.length} households signed up, ${services} service records`,
    );
  });
}

/** Each covered item delivered over the whole area on its day of the season, if that day has come. */
async function seedSeasonServices(
  tx: Ctx,
  signUp: typeof economyTrusteeshipSignUps.$inferSelect,
  menu: readonly { id: string; name: string }[],
  cadre: string,
): Promise<number> {
  const today = shanghaiDate(tx.clock());
  let written = 0;
  for (const itemId of signUp.itemIds) {
    const name = menu.find((m) => m.id === itemId)?.name ?? '';
    const day = DEMO_SERVICE_DAYS[name];
    if (!day) continue;
    const draft = { itemId, servedOn: `${signUp.year}-${day}`, area: signUp.areaHundredths / 100 };
    const priced = priceService(signUp, draft, today, 0);
    if (!('ok' in priced)) continue; // not yet this season
    await insertServiceRecord(tx, signUp, priced.ok, {
      itemId,
      servedOn: draft.servedOn,
      providerOrgId: null,
      provider: DEMO_PROVIDER,
      note: null,
      recordedBy: cadre,
    });
    written += 1;
  }
  return written;
}
