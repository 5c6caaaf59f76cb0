import { count } from 'drizzle-orm';
import { appendAudit } from '../audit/appendAudit.ts';
import { regions } from '../db/schema/index.ts';
import { insertAccount } from '../modules/accounts/insertAccount.ts';
import { regionRow } from '../modules/regions/regionRow.ts';
import { hashPassword } from '../modules/auth/passwords.ts';
import { transaction, type Ctx } from '../platform/context.ts';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demoAccounts.ts';
import { DEMO_REGIONS } from './demoRegions.ts';

/** True when nothing has been stored yet: the demo is seeded only on a first run. */
export async function isEmpty(ctx: Ctx): Promise<boolean> {
  const [row] = await ctx.db.select({ n: count() }).from(regions);
  return (row?.n ?? 0) === 0;
}

/** Seeds the demo county and the demo accounts in one transaction (all or nothing). */
export async function seedDemo(ctx: Ctx): Promise<void> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await transaction(ctx, async (tx) => {
    const now = ctx.clock();
    for (const r of DEMO_REGIONS) await tx.db.insert(regions).values(regionRow(r, now));
    for (const a of DEMO_ACCOUNTS) {
      await insertAccount(tx.db, tx.cipher, { username: a.username, displayName: a.displayName, passwordHash, phone: a.phone, roles: [{ role: a.role, scope: a.scope }] }, now);
    }
    await appendAudit(tx, { action: 'system.seed_demo', objectType: 'system', regionCode: null, actorUsername: 'system', detail: { regions: DEMO_REGIONS.length, accounts: DEMO_ACCOUNTS.length } });
  });
}
