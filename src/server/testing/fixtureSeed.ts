import { regions } from '../db/schema/index.ts';
import { regionRow } from '../modules/regions/regionRow.ts';
import { transaction, type Ctx } from '../platform/context.ts';
import { insertDemoAccounts } from '../seed/insertDemoAccounts.ts';
import { FIXTURE_PLACES, FIXTURE_REGIONS } from './fixtureRegions.ts';

/** Seeds the test county and the demo accounts in one transaction. */
export async function seedFixture(ctx: Ctx): Promise<void> {
  await transaction(ctx, async (tx) => {
    const now = ctx.clock();
    for (const r of FIXTURE_REGIONS) await tx.db.insert(regions).values(regionRow(r, now));
    await insertDemoAccounts(tx, FIXTURE_PLACES);
  });
}
