import { and, asc, eq, inArray, isNull, notInArray } from 'drizzle-orm';
import { demoEconomy, type DemoVillage } from '../../domain/economy/demoEconomy.ts';
import { hundredths } from '../../domain/economy/contracts.ts';
import { TWO_COMMITTEES_POSITIONS } from '../../domain/economy/kinds.ts';
import { shanghaiDate } from '../../domain/time/shanghai.ts';
import { auditSeedStep } from './auditSeedStep.ts';
import {
  economyAssets,
  economyAssetValuations,
  economyClassRules,
  economyContracts,
  persons,
  positions,
  regions,
} from '../db/schema/index.ts';
import { transaction, type Ctx } from '../platform/context.ts';
import { uuidv7 } from '../platform/uuidv7.ts';
import { postPayment } from '../modules/economy/payments.ts';
import { demoAccountOf } from './demoAccountOf.ts';
import { systemCtx, type Runtime } from '../runtime.ts';

/**
 * The demo township's collective economy (domain/economy/demoEconomy.ts): the county's reference
 * prices, assets and contracts in the two demo villages and one more, their payments since they
 * began posted to the income ledger as a cadre's payment would be, and the planted 清化收 findings.
 * Once per county.
 */
export async function seedDemoEconomy(
  runtime: Runtime,
  log: (line: string) => void,
): Promise<void> {
  const ctx = systemCtx(runtime, 'system:demo-seed-economy');
  const admin = await demoAccountOf(ctx, 'county');
  const township = await demoAccountOf(ctx, 'township');
  const v1 = await demoAccountOf(ctx, 'village1');
  const v2 = await demoAccountOf(ctx, 'village2');
  if (!admin || !township || !v1 || !v2) return; // not a demo database
  const county = admin.scope.slice(0, 6);
  const [done] = await ctx.db
    .select({ id: economyAssets.id })
    .from(economyAssets)
    .where(eq(economyAssets.countyCode, county))
    .limit(1);
  if (done) return;
  const [third] = await ctx.db
    .select({ code: regions.code })
    .from(regions)
    .where(
      and(eq(regions.parentCode, township.scope), notInArray(regions.code, [v1.scope, v2.scope])),
    )
    .orderBy(asc(regions.code))
    .limit(1);
  const codes = [v1.scope, v2.scope, ...(third ? [third.code] : [])];
  const villages: DemoVillage[] = [];
  for (const code of codes) villages.push({ code, cadreRelative: await cadreOf(ctx, code) });
  const today = shanghaiDate(ctx.clock());
  const demo = demoEconomy(villages, today);
  await transaction(ctx, async (tx) => {
    const now = tx.clock();
    await tx.db.insert(economyClassRules).values(
      demo.rules.map((r) => ({
        countyCode: county,
        regionCode: `${county}000000`,
        ...r,
        lowPricePercent: 70,
        updatedBy: admin.id,
        updatedAt: now,
      })),
    );
    const idOf = new Map<string, { id: string; village: string }>();
    const contracted = new Set(demo.contracts.map((c) => c.assetRef));
    for (const a of demo.assets) {
      const id = uuidv7(now.getTime());
      idOf.set(a.ref, { id, village: a.village });
      const tenant = { regionCode: a.village, countyCode: county };
      await tx.db.insert(economyAssets).values({
        id,
        ...tenant,
        kind: a.kind,
        assetClass: a.assetClass,
        name: a.name,
        areaHundredths: hundredths(a.area) ?? 0,
        location: a.location,
        status: contracted.has(a.ref) ? 'contracted' : a.kind === 'fund' ? 'selfRun' : 'idle',
        createdBy: admin.id,
        createdAt: now,
        updatedAt: now,
      });
      if (a.valueFen > 0)
        await tx.db.insert(economyAssetValuations).values({
          id: uuidv7(now.getTime()),
          ...tenant,
          assetId: id,
          valuedOn: `${today.slice(0, 4)}-01-01`,
          valueFen: a.valueFen,
          note: '年初清产核资',
          recordedBy: admin.id,
          createdAt: now,
        });
    }
    for (const c of demo.contracts) {
      const asset = idOf.get(c.assetRef);
      if (!asset) continue;
      const row = {
        id: uuidv7(now.getTime()),
        regionCode: asset.village,
        countyCode: county,
        assetId: asset.id,
        lessee: c.lessee,
        lesseePersonId: c.lesseePersonId,
        areaHundredths: hundredths(c.area) ?? 0,
        pricePerMuFen: c.pricePerMuFen,
        startsOn: c.startsOn,
        endsOn: c.endsOn,
        schedule: c.schedule,
        recusalNote: c.recusalNote,
        outcome: c.outcome?.outcome ?? null,
        outcomeOn: c.outcome ? c.startsOn : null,
        outcomeNote: c.outcome?.note ?? null,
        incomeAddedFen: c.outcome?.incomeAddedFen ?? null,
        createdBy: admin.id,
        createdAt: now,
        updatedAt: now,
      };
      await tx.db.insert(economyContracts).values(row);
      for (const p of c.payments)
        await postPayment(tx, row, { ...p, note: null, recordedBy: admin.id });
    }
    await auditSeedStep(tx, 'system.seed_demo_economy', township.scope, {
      assets: demo.assets.length,
      contracts: demo.contracts.length,
      day: today,
    });
  });
  log(
    `  演示三资与合同已生成 / demo economy: ${demo.contracts.length} contracts in ${codes.length} villages`,
  );
}

/** A sitting 两委 member of the village (the lessee of the planted unrecused contract), if any. */
async function cadreOf(ctx: Ctx, village: string): Promise<DemoVillage['cadreRelative']> {
  const [row] = await ctx.db
    .select({ personId: persons.id, name: persons.name })
    .from(positions)
    .innerJoin(persons, eq(persons.id, positions.personId))
    .where(
      and(
        eq(positions.regionCode, village),
        inArray(positions.code, [...TWO_COMMITTEES_POSITIONS]),
        isNull(positions.endDate),
      ),
    )
    .orderBy(asc(positions.code), asc(persons.id))
    .limit(1);
  return row ?? null;
}
