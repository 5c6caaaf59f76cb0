import { asc, eq, inArray } from 'drizzle-orm';
import {
  DEMO_BINDINGS,
  DEMO_COMPANY,
  DEMO_COOPERATIVE,
  DEMO_ENTERPRISE,
  DEMO_MEMBER_SHARES,
  DEMO_PREVIOUS_PRICE_FEN,
  DEMO_TRANSFER_AREAS,
  DEMO_TRANSFER_PRICE_FEN,
  demoOrganizationDates,
} from '../../domain/economy/demoOrganizations.ts';
import { hundredths } from '../../domain/economy/contracts.ts';
import { shanghaiDate } from '../../domain/time/shanghai.ts';
import { auditSeedStep } from './auditSeedStep.ts';
import {
  accountRoles,
  accounts,
  economyLandTransfers,
  economyOrganizations,
  economyOrgBindings,
  economyOrgMembers,
  economyOrgOrders,
  households,
  persons,
} from '../db/schema/index.ts';
import { transaction } from '../platform/context.ts';
import { uuidv7 } from '../platform/uuidv7.ts';
import { systemCtx, type Runtime } from '../runtime.ts';

/**
 * The demo township's cooperatives and companies (domain/economy/demoOrganizations.ts): village1's
 * 党支部领办合作社 with four member households, the town's 共富公司 renting land from households of
 * village1 and village2 at 800 元/亩 (from 400), bound (双绑) to a leading enterprise with orders
 * and to the cooperative. Once per township.
 */
export async function seedDemoOrganizations(
  runtime: Runtime,
  log: (line: string) => void,
): Promise<void> {
  const ctx = systemCtx(runtime, 'system:demo-seed-organizations');
  const scopes = await ctx.db
    .select({ username: accounts.username, id: accounts.id, scope: accountRoles.scope })
    .from(accounts)
    .innerJoin(accountRoles, eq(accountRoles.accountId, accounts.id))
    .where(inArray(accounts.username, ['township', 'village1', 'village2']));
  const of = (name: string) => scopes.find((s) => s.username === name);
  const township = of('township');
  const v1 = of('village1');
  const v2 = of('village2');
  if (!township || !v1 || !v2) return; // not a demo database
  const [done] = await ctx.db
    .select({ id: economyOrganizations.id })
    .from(economyOrganizations)
    .where(eq(economyOrganizations.regionCode, township.scope))
    .limit(1);
  if (done) return;
  const householdsOf = (village: string, n: number) =>
    ctx.db
      .select({ id: households.id })
      .from(households)
      .innerJoin(persons, eq(persons.id, households.headId))
      .where(eq(households.regionCode, village))
      .orderBy(asc(persons.name), asc(households.id))
      .limit(n);
  const members = await householdsOf(v1.scope, DEMO_MEMBER_SHARES.length);
  const renters = [
    ...(await householdsOf(v1.scope, 3)),
    ...(await householdsOf(v2.scope, DEMO_TRANSFER_AREAS.length - 3)),
  ];
  const dates = demoOrganizationDates(shanghaiDate(ctx.clock()));
  await transaction(ctx, async (tx) => {
    const now = tx.clock();
    const stamp = { createdAt: now };
    const village = { regionCode: v1.scope, countyCode: v1.scope.slice(0, 6) };
    const town = { regionCode: township.scope, countyCode: township.scope.slice(0, 6) };
    const cooperative = {
      id: uuidv7(now.getTime()),
      ...village,
      kind: 'branchCooperative',
      name: DEMO_COOPERATIVE,
      registeredOn: dates.cooperativeRegistered,
      status: 'active',
      createdBy: v1.id,
      ...stamp,
      updatedAt: now,
    };
    const company = {
      ...cooperative,
      id: uuidv7(now.getTime()),
      ...town,
      kind: 'townCompany',
      name: DEMO_COMPANY,
      registeredOn: dates.companyRegistered,
      createdBy: township.id,
    };
    await tx.db.insert(economyOrganizations).values([cooperative, company]);
    const admitted = members.flatMap((h, i) => {
      const shares = DEMO_MEMBER_SHARES[i];
      return shares
        ? [
            {
              id: uuidv7(now.getTime()),
              ...village,
              organizationId: cooperative.id,
              householdId: h.id,
              ...shares,
              joinedOn: dates.cooperativeRegistered,
              createdBy: v1.id,
              ...stamp,
            },
          ]
        : [];
    });
    if (admitted.length > 0) await tx.db.insert(economyOrgMembers).values(admitted);
    const transfers = renters.flatMap((h, i) => {
      const area = DEMO_TRANSFER_AREAS[i];
      return area === undefined
        ? []
        : [
            {
              id: uuidv7(now.getTime()),
              ...town,
              organizationId: company.id,
              householdId: h.id,
              areaHundredths: hundredths(area) ?? 0,
              pricePerMuFen: DEMO_TRANSFER_PRICE_FEN,
              previousPricePerMuFen: DEMO_PREVIOUS_PRICE_FEN,
              startsOn: dates.transferStarts,
              endsOn: dates.transferEnds,
              createdBy: township.id,
              ...stamp,
            },
          ];
    });
    if (transfers.length > 0) await tx.db.insert(economyLandTransfers).values(transfers);
    let orders = 0;
    for (const b of DEMO_BINDINGS) {
      const binding = {
        id: uuidv7(now.getTime()),
        ...town,
        organizationId: company.id,
        partnerOrgId: b.partner === 'cooperative' ? cooperative.id : null,
        partnerName: b.partner === 'cooperative' ? null : DEMO_ENTERPRISE,
        partnerKind: b.partnerKind,
        kind: b.kind,
        startsOn: dates.bindingStarts,
        endsOn: null,
        createdBy: township.id,
        ...stamp,
      };
      await tx.db.insert(economyOrgBindings).values(binding);
      for (const o of b.orders) {
        await tx.db.insert(economyOrgOrders).values({
          id: uuidv7(now.getTime()),
          ...town,
          bindingId: binding.id,
          product: o.product,
          quantity: o.quantity,
          unit: o.unit,
          amountFen: o.amountFen,
          orderedOn: `${dates.orderYear}-${o.month}`,
          createdBy: township.id,
          ...stamp,
        });
        orders += 1;
      }
    }
    await auditSeedStep(tx, 'system.seed_demo_organizations', township.scope, {
      members: admitted.length,
      transfers: transfers.length,
      orders,
    });
  });
  log(
    `  演示合作社与共富公司已生成 / demo organizations: ${members.length} members, ${renters.length} land transfers`,
  );
}
