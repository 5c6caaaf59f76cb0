import { count } from 'drizzle-orm';
import { parseRegionCode } from '../../domain/region/regionCode.ts';
import { appendAudit } from '../audit/appendAudit.ts';
import { accountRoles, accounts, regions } from '../db/schema/index.ts';
import { hashPassword } from '../modules/auth/passwords.ts';
import { transaction, type Ctx } from '../platform/context.ts';
import { uuidv7 } from '../platform/uuidv7.ts';
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
    for (const r of DEMO_REGIONS) {
      const parsed = parseRegionCode(r.code);
      if (!parsed.ok) throw new Error(`demo region ${r.code}: ${parsed.reason}`);
      await tx.db.insert(regions).values({
        code: r.code,
        regionCode: r.code,
        countyCode: parsed.info.countyCode,
        parentCode: parsed.info.parentCode,
        level: parsed.info.level,
        name: r.name,
        urbanRuralClass: r.urbanRuralClass ?? null,
        lat: r.lat ?? null,
        lng: r.lng ?? null,
        population: r.population ?? null,
        households: r.households ?? null,
        createdAt: now,
        updatedAt: now,
      });
    }
    for (const a of DEMO_ACCOUNTS) {
      const id = uuidv7(now.getTime());
      await tx.db.insert(accounts).values({
        id,
        regionCode: a.scope,
        countyCode: a.scope.slice(0, 6),
        username: a.username,
        displayName: a.displayName,
        passwordHash,
        phoneCipher: tx.cipher.encrypt(a.phone),
        phoneIndex: tx.cipher.blindIndex(a.phone),
        createdAt: now,
        updatedAt: now,
      });
      await tx.db.insert(accountRoles).values({ accountId: id, role: a.role, scope: a.scope, regionCode: a.scope, countyCode: a.scope.slice(0, 6) });
    }
    await appendAudit(tx, { action: 'system.seed_demo', objectType: 'system', regionCode: null, actorUsername: 'system', detail: { regions: DEMO_REGIONS.length, accounts: DEMO_ACCOUNTS.length } });
  });
}
