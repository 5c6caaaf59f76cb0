import { eq } from 'drizzle-orm';
import { appendAudit } from '../../audit/appendAudit.ts';
import { accounts, regions } from '../../db/schema/index.ts';
import { transaction, type Ctx } from '../../platform/context.ts';
import { hashPassword } from '../auth/passwords.ts';
import { regionRow } from '../regions/regionRow.ts';
import { insertAccount } from './insertAccount.ts';

export interface FirstAdmin {
  username: string;
  /** The county's code; a county not yet in the directory needs `regionName`. */
  region: string;
  regionName?: string;
  displayName?: string;
  /** Already checked against the password policy by the caller. */
  password: string;
}

/**
 * The first county admin of a non-demo install (`lingyan create-admin`): the county, created when
 * it is not yet in the directory, and the account, in one transaction with its audit entry. Throws
 * an Error naming the problem (a taken username, a county without a name) and writes nothing then.
 */
export async function createFirstAdmin(ctx: Ctx, admin: FirstAdmin): Promise<string> {
  const passwordHash = await hashPassword(admin.password);
  return transaction(ctx, async (tx) => {
    const [taken] = await tx.db
      .select({ id: accounts.id })
      .from(accounts)
      .where(eq(accounts.username, admin.username));
    if (taken) throw new Error(`username ${admin.username} already exists`);
    const now = ctx.clock();
    const [existing] = await tx.db
      .select({ code: regions.code })
      .from(regions)
      .where(eq(regions.code, admin.region));
    if (!existing) {
      if (admin.regionName === undefined)
        throw new Error(
          `region ${admin.region} does not exist yet: give --region-name to create it`,
        );
      await tx.db
        .insert(regions)
        .values(regionRow({ code: admin.region, name: admin.regionName }, now));
    }
    const id = await insertAccount(
      tx.db,
      tx.cipher,
      {
        username: admin.username,
        displayName: admin.displayName ?? admin.username,
        passwordHash,
        roles: [{ role: 'county_admin', scope: admin.region }],
      },
      now,
    );
    await appendAudit(tx, {
      action: 'account.create_admin',
      objectType: 'account',
      objectId: id,
      regionCode: admin.region,
      actorUsername: 'cli',
    });
    return id;
  });
}
